package vn.civicsquiz.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects {@link GuestClaimed} events (test helper). */
@ApplicationScoped
public class ClaimedGuests {

    private final List<GuestClaimed> events = new CopyOnWriteArrayList<>();

    void on(@Observes GuestClaimed event) {
        events.add(event);
    }

    public List<GuestClaimed> events() {
        return List.copyOf(events);
    }
}
