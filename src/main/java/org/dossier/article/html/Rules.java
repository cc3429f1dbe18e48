package org.dossier.article.html;

/**
 * How strict one extraction pass is. The first pass uses every rule; when it finds too little text,
 * the next pass drops the first rule still on (Readability's retry sieve): strict passes find the
 * right content, relaxed ones find content at all.
 *
 * @param stripUnlikely      drop elements whose class or id says furniture before scoring
 * @param weightClasses      let class and id words raise or lower an element's score
 * @param cleanConditionally drop link-heavy, image-heavy or form-like blocks from the result
 */
record Rules(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
    static final Rules STRICT = new Rules(true, true, true);

    /** The next, more relaxed pass, or null after the last. */
    Rules relaxed() {
        if (stripUnlikely) {
            return new Rules(false, weightClasses, cleanConditionally);
        }
        if (weightClasses) {
            return new Rules(false, false, cleanConditionally);
        }
        if (cleanConditionally) {
            return new Rules(false, false, false);
        }
        return null;
    }

    int classWeight(org.jsoup.nodes.Element e) {
        return weightClasses ? Patterns.classWeight(e) : 0;
    }
}
