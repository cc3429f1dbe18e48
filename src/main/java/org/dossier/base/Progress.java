package org.dossier.base;

/** Progress of a long operation ({@code done} of {@code total} articles), reported on the working thread. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(int done, int total);
}
