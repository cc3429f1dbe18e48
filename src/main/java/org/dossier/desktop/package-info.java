/** Desktop integration without JavaFX: the Linux desktop entry and icons that put Dossier in the applications menu. */
package org.dossier.desktop;
