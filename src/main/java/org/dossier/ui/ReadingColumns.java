package org.dossier.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The window's three columns, the reading pane first: the article list on the left and the side
 * panel on the right keep the width the user gave them (by dragging a divider) while there is room,
 * and give it up, down to their minimums, before the reading pane goes below a readable width
 * (decision 0098). Either side column can be hidden; the reading pane then takes its place. A
 * {@code SplitPane} was not used because it shrinks only the columns that resize with the window,
 * which left the reader 270 px at 900 px wide. FX-thread confined.
 */
final class ReadingColumns extends Pane {
    /** The narrowest the list gets: its filter field and a title of a few words. */
    static final double LIST_MIN = 180;
    /** The narrowest the side panel gets: its tab strip in three rows, an entity name and its count. */
    static final double SIDE_MIN = 240;
    /** The reading pane keeps at least this much (about 55 characters of body text) while the others can give. */
    static final double READER_MIN = 460;
    static final double DIVIDER = 5;

    private final Region list;
    private final Region center;
    private final Region side;
    private final Region listDivider = divider("list-divider");
    private final Region sideDivider = divider("side-divider");
    /** The widths the user asked for; what is laid out may be less (see {@link #widths}). */
    private double listWanted = 260;
    private double sideWanted = 290;

    ReadingColumns(Region list, Region center, Region side, ObservableValue<Boolean> listShown,
                   ObservableValue<Boolean> sideShown) {
        this.list = list;
        this.center = center;
        this.side = side;
        getChildren().addAll(list, listDivider, center, sideDivider, side);
        getStyleClass().add("reading-columns");
        show(list, listDivider, listShown.getValue());
        show(side, sideDivider, sideShown.getValue());
        listShown.addListener((o, was, now) -> show(list, listDivider, now));
        sideShown.addListener((o, was, now) -> show(side, sideDivider, now));
        drag(listDivider, true);
        drag(sideDivider, false);
    }

    private void show(Region column, Region divider, boolean shown) {
        if (!shown && column.getScene() != null && isFocusWithin(column)) {
            center.requestFocus(); // the focus must not stay in a column the user cannot see
        }
        column.setVisible(shown);
        column.setManaged(shown);
        divider.setVisible(shown);
        divider.setManaged(shown);
        requestLayout();
    }

    private static boolean isFocusWithin(Region column) {
        for (var n = column.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == column) {
                return true;
            }
        }
        return false;
    }

    /**
     * The widths of the list, the reading pane and the side panel (0 for a hidden column) for a total
     * width: each side column gets what the user asked for, and when that leaves the reader under
     * {@link #READER_MIN} they give up the difference in proportion to what they have above their
     * minimums. Only when both are at their minimums does the reader get narrower.
     */
    static double[] widths(double total, boolean listShown, boolean sideShown, double listWanted, double sideWanted) {
        double dividers = ((listShown ? 1 : 0) + (sideShown ? 1 : 0)) * DIVIDER;
        double l = listShown ? Math.max(LIST_MIN, listWanted) : 0;
        double s = sideShown ? Math.max(SIDE_MIN, sideWanted) : 0;
        double reader = total - dividers - l - s;
        if (reader < READER_MIN) {
            double lSpare = listShown ? l - LIST_MIN : 0;
            double sSpare = sideShown ? s - SIDE_MIN : 0;
            double spare = lSpare + sSpare;
            double take = Math.min(READER_MIN - reader, spare);
            if (take > 0) {
                l -= take * lSpare / spare;
                s -= take * sSpare / spare;
            }
            reader = total - dividers - l - s;
        }
        return new double[] {l, Math.max(0, reader), s};
    }

    @Override
    protected void layoutChildren() {
        double h = getHeight();
        double[] w = widths(getWidth(), list.isVisible(), side.isVisible(), listWanted, sideWanted);
        double x = 0;
        if (list.isVisible()) {
            layoutInArea(list, x, 0, w[0], h, 0, HPos.LEFT, VPos.TOP);
            x += w[0];
            layoutInArea(listDivider, x, 0, DIVIDER, h, 0, HPos.LEFT, VPos.TOP);
            x += DIVIDER;
        }
        layoutInArea(center, x, 0, w[1], h, 0, HPos.LEFT, VPos.TOP);
        x += w[1];
        if (side.isVisible()) {
            layoutInArea(sideDivider, x, 0, DIVIDER, h, 0, HPos.LEFT, VPos.TOP);
            x += DIVIDER;
            layoutInArea(side, x, 0, w[2], h, 0, HPos.LEFT, VPos.TOP);
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0; // the window may be narrower than the columns' minimums: the reader then gives way
    }

    @Override
    protected double computePrefWidth(double height) {
        return LIST_MIN + SIDE_MIN + READER_MIN + 2 * DIVIDER;
    }

    /** Dragging a divider sets the width the user wants for its column (kept within what leaves the reader its minimum). */
    private void drag(Region divider, boolean isList) {
        double[] start = new double[2];
        divider.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            start[0] = e.getScreenX();
            start[1] = isList ? list.getWidth() : side.getWidth();
            e.consume();
        });
        divider.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getScreenX() - start[0];
            double other = isList ? (side.isVisible() ? side.getWidth() + DIVIDER : 0) : (list.isVisible() ? list.getWidth() + DIVIDER : 0);
            double max = Math.max(isList ? LIST_MIN : SIDE_MIN, getWidth() - other - DIVIDER - READER_MIN);
            double wanted = Math.max(isList ? LIST_MIN : SIDE_MIN, Math.min(max, start[1] + (isList ? dx : -dx)));
            if (isList) {
                listWanted = wanted;
            } else {
                sideWanted = wanted;
            }
            requestLayout();
            e.consume();
        });
    }

    private static Region divider(String id) {
        Region r = new Region();
        r.setId(id);
        r.getStyleClass().add("column-divider");
        r.setCursor(Cursor.H_RESIZE);
        return r;
    }
}
