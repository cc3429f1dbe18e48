package org.dossier.ui.reader;

/** Which search hit of the document is current: {@code index} from 0, of {@code count}. Immutable. */
public record HitPosition(int index, int count) {
}
