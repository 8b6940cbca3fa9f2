package vn.civicsquiz.platform.load;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionGateTest {

    @Test
    void ofManyArrivalsAtOnceExactlyTheLimitIsAdmittedAndAPlaceFreedIsTakenAgain() throws Exception {
        AdmissionGate gate = new AdmissionGate(7);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> arrivals = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                arrivals.add(pool.submit(() -> {
                    go.await();
                    return gate.tryEnter();
                }));
            }
            go.countDown();
            int admitted = 0;
            for (Future<Boolean> arrival : arrivals) {
                admitted += arrival.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(7);
            assertThat(gate.inFlight()).isEqualTo(7);
            assertThat(gate.tryEnter()).isFalse();
            gate.leave();
            assertThat(gate.tryEnter()).as("a place freed is taken again").isTrue();
            assertThat(gate.tryEnter()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }
}
