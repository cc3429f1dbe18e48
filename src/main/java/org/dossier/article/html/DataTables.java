package org.dossier.article.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Tells tables of data (kept, read row by row) from tables used to lay a page out (read as
 * paragraphs), with the tests browsers use for accessibility: a caption, a summary, header cells,
 * column groups, or a size no layout grid has. Not thread-safe: one instance per extraction.
 */
final class DataTables {
    private final Set<Element> data = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Marks every table under {@code root}. */
    void mark(Element root) {
        for (Element table : root.getElementsByTag("table")) {
            if (isData(table)) {
                data.add(table);
            }
        }
    }

    boolean isData(Element table) {
        if (data.contains(table)) {
            return true;
        }
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty()) {
            return true;
        }
        Element caption = table.getElementsByTag("caption").first();
        if (caption != null && caption.childNodeSize() > 0) {
            return true;
        }
        for (String tag : new String[] {"col", "colgroup", "tfoot", "thead", "th"}) {
            if (!table.getElementsByTag(tag).isEmpty()) {
                return true;
            }
        }
        if (table.getElementsByTag("table").size() > 1) {
            return false; // a table inside: layout
        }
        int rows = 0;
        int columns = 0;
        for (Element tr : table.getElementsByTag("tr")) {
            rows += Math.max(1, intAttr(tr, "rowspan"));
            int inRow = 0;
            for (Element td : tr.getElementsByTag("td")) {
                inRow += Math.max(1, intAttr(td, "colspan"));
            }
            columns = Math.max(columns, inRow);
        }
        if (columns == 1 || rows == 1) {
            return false;
        }
        if (rows >= 10 || columns > 4) {
            return true;
        }
        return rows * columns > 10;
    }

    /** Whether {@code e} is a data table or lies inside one. */
    boolean inData(Element e) {
        if (e.normalName().equals("table") && data.contains(e)) {
            return true;
        }
        return Dom.hasAncestor(e, "table", -1, data::contains);
    }

    boolean contains(Element table) {
        return data.contains(table);
    }

    /** Turns every layout table under {@code root} into divs, so that only tables of data are read as tables. */
    void unwrapLayout(Element root) {
        List<Element> all = new ArrayList<>(root.getElementsByTag("table"));
        Collections.reverse(all);
        for (Element table : all) {
            if (table == root || isData(table)) {
                continue;
            }
            for (Element e : table.getAllElements()) {
                if (e != table && LAYOUT_PARTS.contains(e.normalName()) && nearestTable(e) == table) {
                    Dom.rename(e, "div");
                }
            }
            Dom.rename(table, "div");
        }
    }

    private static final java.util.Set<String> LAYOUT_PARTS = java.util.Set.of("tbody", "thead", "tfoot", "tr", "td",
            "th", "caption", "colgroup", "col");

    private static Element nearestTable(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("table")) {
                return p;
            }
        }
        return null;
    }

    private static int intAttr(Element e, String name) {
        try {
            return Integer.parseInt(e.attr(name).strip());
        } catch (NumberFormatException ex) {
            return 0;
        }
    }
}
