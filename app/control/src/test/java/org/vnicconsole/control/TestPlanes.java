package org.vnicconsole.control;

import java.time.Clock;
import java.util.UUID;
import org.vnicconsole.control.service.Ids;
import org.vnicconsole.control.store.Store;

/** Fresh control planes for tests: each on its own in-memory database. */
public final class TestPlanes {

    private TestPlanes() {
    }

    /** An empty control plane. */
    public static ControlPlane empty() {
        return new ControlPlane(Store.openInMemory("t" + UUID.randomUUID()), Clock.systemUTC(),
                Ids.random());
    }
}
