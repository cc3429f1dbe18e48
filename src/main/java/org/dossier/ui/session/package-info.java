/**
 * What the window's parts share while the user reads: the {@link org.dossier.ui.session.ReadingSession}
 * (built once per window, handed to each part), the folder's life, highlight layers, background tasks.
 */
package org.dossier.ui.session;
