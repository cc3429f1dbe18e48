package org.dossier.ui;

/**
 * What the menu bar and the keyboard shortcuts can ask of the window: each a user action, whatever
 * part of the window carries it out. FX thread.
 */
interface WindowActions {
    /** The step of Ctrl+Plus and Ctrl+Minus, in percent of the text size. */
    int TEXT_STEP = 10;

    void chooseFolder();

    /** File → Open Recent: that folder (one that is gone says so). */
    void openFolder(java.nio.file.Path folder);

    /** File → Open File…: one article, shown in its folder (decision 0100). */
    void openFile();

    void reload();

    void exportNotebook();

    void quit();

    void undo();

    void bookmarkSelection();

    /** Ctrl+Shift+N: the notebook tab, cursor in its search field. */
    void searchNotebook();

    /** Ctrl+Shift+F: the search tab, cursor in its query field. */
    void searchLibrary();

    /** Ctrl+F: the cursor in the list's filter. */
    void filterArticles();

    /**
     * View → Timeline, Network, Profile: that side-panel tab in front (the panel shown if hidden).
     * {@code tabId} is the tab's id, the same its button in the strip carries.
     */
    void showTab(String tabId);

    /** F3 / Shift+F3: the next or previous search hit in the reading pane. */
    void moveSearchHit(int delta);

    /** j / k: the next or previous article of the list. */
    void moveInList(int delta);

    /** Larger ({@code delta} > 0) or smaller text; 0 for the normal size. */
    void changeTextSize(int delta);

    /** F1: the shortcuts sheet, of these rows. */
    void showShortcuts(java.util.List<Shortcut> rows);

    /** Help → About. */
    void showAbout();
}
