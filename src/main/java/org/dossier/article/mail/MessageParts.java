package org.dossier.article.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of a message are its text and which are its attachments. Of alternatives the plain
 * text is preferred (when it has any), else the HTML; the pictures of a {@code multipart/related}
 * HTML body belong to the body, not to the attachments; a part with a file name or an
 * {@code attachment} disposition, and an attached message, is an attachment. Immutable.
 */
record MessageParts(List<MimeNode> bodies, List<MimeNode> attachments) {

    static MessageParts of(MimeNode message) {
        MessageParts parts = new MessageParts(new ArrayList<>(), new ArrayList<>());
        parts.walk(message, true);
        return parts;
    }

    private void walk(MimeNode node, boolean top) {
        if (!top && (node.message || node.mimeType.startsWith("message/"))) {
            attachments.add(node);
            return;
        }
        if (node.isMultipart()) {
            if (node.mimeType.equals("multipart/alternative")) {
                MimeNode best = bestAlternative(node);
                if (best != null) {
                    walk(best, false);
                }
            } else if (node.mimeType.equals("multipart/related")) {
                for (int i = 0; i < node.children.size(); i++) {
                    MimeNode child = node.children.get(i);
                    if (i == 0) {
                        walk(child, false);
                    } else if (child.disposition.equals("attachment")) {
                        attachments.add(child);
                    }
                }
            } else {
                for (MimeNode child : node.children) {
                    walk(child, false);
                }
            }
            return;
        }
        if (node.isAttachment()) {
            attachments.add(node);
        } else if (node.mimeType.equals("text/plain") || node.mimeType.equals("text/html")) {
            if (node.content != null) {
                bodies.add(node);
            }
        }
        // Any other inline part (a picture shown in the text, a calendar invitation) is neither.
    }

    /** The plain-text alternative when it has text, else the HTML one, else the last (the richest). */
    private static MimeNode bestAlternative(MimeNode alternative) {
        MimeNode html = null;
        for (MimeNode child : alternative.children) {
            if (child.mimeType.equals("text/plain") && !child.text().isBlank()) {
                return child;
            }
            if (html == null && (child.mimeType.equals("text/html") || child.mimeType.equals("multipart/related"))) {
                html = child;
            }
        }
        if (html != null) {
            return html;
        }
        return alternative.children.isEmpty() ? null : alternative.children.get(alternative.children.size() - 1);
    }
}
