package org.vnicconsole.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vnicconsole.console.fixture.FakeGateway;
import org.vnicconsole.console.fixture.Fleets;
import org.vnicconsole.console.navigator.NodeKind;
import org.vnicconsole.console.navigator.NodeRef;
import org.vnicconsole.console.task.InlineTaskRunner;

class MainViewModelTest {

    @TempDir
    Path dir;

    @Test
    void connectingReadsTheFleetIntoAllThreeNavigators() {
        MainViewModel model = new MainViewModel(new InlineTaskRunner());

        model.connect("fake", () -> new FakeGateway(Fleets.small()));

        assertThat(model.connectionProperty().get()).isEqualTo("fake://fleet");
        assertThat(model.tenancy().visibleRootsProperty().get()).hasSize(1);
        assertThat(model.instances().visibleRootsProperty().get()).hasSize(2);
        assertThat(model.fabric().visibleRootsProperty().get()).hasSize(1);
    }

    @Test
    void theSelectionAndItsDetailsSurviveARefresh() {
        MainViewModel model = new MainViewModel(new InlineTaskRunner());
        model.connect("fake", () -> new FakeGateway(Fleets.small()));

        model.selectedProperty().set(new NodeRef(NodeKind.INSTANCE, "i-big"));
        model.refresh();

        assertThat(model.details().details().title()).isEqualTo("big");
    }

    @Test
    void aFailedConnectionIsShownAsAnError() {
        MainViewModel model = new MainViewModel(new InlineTaskRunner());

        model.connect("nowhere", () -> {
            throw new IllegalStateException("no route");
        });

        assertThat(model.connectionProperty().get()).isEqualTo("Not connected");
        assertThat(model.noticeProperty().get().level()).isEqualTo(Notice.Level.ERROR);
    }

    @Test
    void theWindowLayoutIsRememberedBetweenRuns() {
        WindowState state = WindowState.sized(1200, 700);
        state.mainDivider = 0.3;
        state.dark = true;

        state.save(dir);
        WindowState loaded = WindowState.load(dir);

        assertThat(loaded.width).isEqualTo(1200);
        assertThat(loaded.mainDivider).isEqualTo(0.3);
        assertThat(loaded.dark).isTrue();
    }
}
