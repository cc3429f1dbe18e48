/**
 * The entity network view: entities as nodes, an edge where two share paragraphs, laid out by a
 * force layout that runs off the FX thread and drawn on a canvas.
 */
package org.dossier.ui.network;
