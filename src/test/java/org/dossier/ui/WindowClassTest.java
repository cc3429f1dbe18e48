package org.dossier.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dossier.desktop.DesktopEntry;
import org.junit.jupiter.api.Test;

/**
 * JavaFX on Linux names the window's X11 class after the {@code Application} subclass; the desktop
 * entry's {@code StartupWMClass} must match it, or docks show Dossier as an unknown window.
 */
class WindowClassTest {
    @Test
    void desktopEntryWindowClassIsTheApplicationClassName() {
        assertEquals(DossierApp.class.getName(), DesktopEntry.WM_CLASS);
    }
}
