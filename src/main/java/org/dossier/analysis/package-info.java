/**
 * Questions across the library: the timeline of the dates the texts mention, the network of
 * entities that appear in the same paragraph, and each entity's profile. Pure Java over the
 * annotator's mentions; no JavaFX.
 */
package org.dossier.analysis;
