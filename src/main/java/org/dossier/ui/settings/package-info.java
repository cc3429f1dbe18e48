/** The user's preferences as typed, observable properties, and the versioned file that keeps them. */
package org.dossier.ui.settings;
