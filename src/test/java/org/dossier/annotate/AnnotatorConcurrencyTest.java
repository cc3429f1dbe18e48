package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** One annotator shared by several threads gives each text the same mentions as a single thread. */
class AnnotatorConcurrencyTest {
    private static final List<String> TEXTS = List.of(
            "President Bashar al-Assad met envoys in Damascus on Friday. Critics said Assad would stay.",
            "Over 260,000 people fled as the UN-brokered truce collapsed in late September.",
            "CRICKET - SURREY BEAT KENT AT THE OVAL\nLONDON 1996-08-30\nSurrey 296 Kent 174",
            "Mr McAllister told reporters that 17 countries backed the Islamic State sanctions.");

    @Test
    void concurrentCallsGiveTheSameMentionsAsOneThread() throws Exception {
        Annotator annotator = Annotator.standard();
        List<List<Mention>> expected = TEXTS.stream().map(annotator::annotate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Mention>>>> futures = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                futures.add(pool.submit(() -> {
                    List<List<Mention>> last = null;
                    for (int round = 0; round < 200; round++) {
                        last = TEXTS.stream().map(annotator::annotate).toList();
                        assertEquals(expected, last);
                    }
                    return last;
                }));
            }
            for (Future<List<List<Mention>>> f : futures) {
                assertEquals(expected, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
