package org.dossier.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReadBudgetTest {
    @Test
    void readThatOverrunsItsTimeIsAnsweredByTheOverrunAndFreesItsMemory() throws Exception {
        ReadBudget budget = new ReadBudget(Duration.ofMillis(200), 8L << 20);
        CountDownLatch never = new CountDownLatch(1);
        String result = budget.run(8L << 20, () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "read";
        }, limit -> "too long after " + limit.toMillis() + " ms");
        assertEquals("too long after 200 ms", result);
        // The whole pool was reserved by the stuck read; a later big read must still get it.
        assertEquals("next", budget.run(8L << 20, () -> "next", limit -> "starved"));
    }

    @Test
    void bigReadsWaitForEachOtherWhileSmallOnesDoNot() throws Exception {
        ReadBudget budget = new ReadBudget(Duration.ofSeconds(30), 4L << 20);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> budget.run(3L << 20, () -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                return "";
            }, limit -> ""));
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, most.get(), "two 3 MB reads never shared a 4 MB pool");
    }

    @Test
    void interruptingTheCallerDoesNotCutTheReadShortButIsKept() {
        ReadBudget budget = new ReadBudget(Duration.ofSeconds(30), 4L << 20);
        Thread.currentThread().interrupt();
        String result = budget.run(0, () -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return "cut short";
            }
            return "whole";
        }, limit -> "overrun");
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertEquals("whole", result);
    }
}
