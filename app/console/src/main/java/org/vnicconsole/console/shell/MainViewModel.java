package org.vnicconsole.console.shell;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vnicconsole.console.activity.ActivityLogViewModel;
import org.vnicconsole.console.details.DetailsViewModel;
import org.vnicconsole.console.fleet.FleetGateway;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.fleet.FleetSnapshot;
import org.vnicconsole.console.navigator.FabricTreeBuilder;
import org.vnicconsole.console.navigator.InstanceTreeBuilder;
import org.vnicconsole.console.navigator.NavigatorViewModel;
import org.vnicconsole.console.navigator.NodeRef;
import org.vnicconsole.console.navigator.TenancyTreeBuilder;
import org.vnicconsole.console.task.TaskRunner;

/**
 * The main window's state: the gateway in use, the latest snapshot, the three navigators, the
 * details of the selection, the activity log, the search query, the theme and the notice bar.
 * Reads and actions go through the {@link TaskRunner}; every result lands here on the UI thread.
 * Holds no Node; use on the UI thread.
 */
public final class MainViewModel {

    private final TaskRunner runner;
    private final ObjectProperty<FleetGateway> gateway = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FleetIndex> index =
            new ReadOnlyObjectWrapper<>(new FleetIndex(FleetSnapshot.empty()));
    private final NavigatorViewModel tenancy = new NavigatorViewModel("Tenancy",
            TenancyTreeBuilder::build, "No subnets yet.", 2);
    private final NavigatorViewModel instances = new NavigatorViewModel("Instances",
            InstanceTreeBuilder::build, "No instances yet.");
    private final NavigatorViewModel fabric = new NavigatorViewModel("Fabric",
            FabricTreeBuilder::build, "No hosts.");
    private final DetailsViewModel details = new DetailsViewModel();
    private final ActivityLogViewModel activity;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<NodeRef> selected = new SimpleObjectProperty<>();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.none());
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("Connecting…");
    private final BooleanBinding busy;

    /** A main view model whose work runs through {@code runner}. */
    public MainViewModel(TaskRunner runner) {
        this.runner = runner;
        this.activity = new ActivityLogViewModel(runner);
        this.busy = Bindings.greaterThan(runner.runningCount(), 0);
        for (NavigatorViewModel navigator : navigators()) {
            navigator.queryProperty().bind(query);
        }
        selected.addListener((observable, old, ref) -> details.show(index.get(), ref));
    }

    /** Connects through a gateway made off the UI thread, then reads the fleet. */
    public void connect(String label, Callable<FleetGateway> factory) {
        connect(label, factory, connected -> { });
    }

    /**
     * Connects through a gateway made off the UI thread and reads the fleet with it; only when
     * that read succeeds does the new gateway replace the old one. {@code outcome} hears whether
     * it did, on the UI thread.
     */
    public void connect(String label, Callable<FleetGateway> factory,
            Consumer<Boolean> outcome) {
        connection.set("Connecting to " + label + "…");
        runner.run("Connect to " + label, () -> {
            FleetGateway made = factory.call();
            return new Connected(made, made.load());
        }, connected -> {
            gateway.set(connected.gateway());
            connection.set(connected.gateway().endpoint());
            show(connected.snapshot());
            outcome.accept(true);
        }, failure -> {
            FleetGateway current = gateway.get();
            connection.set(current == null ? "Not connected" : current.endpoint());
            notice.set(new Notice(Notice.Level.ERROR, RefusalText.failure("Connecting to "
                    + label, failure)));
            outcome.accept(false);
        });
    }

    private record Connected(FleetGateway gateway, FleetSnapshot snapshot) {
    }

    /** Reads the fleet again and rebuilds the trees, keeping the selection. */
    public void refresh() {
        FleetGateway current = gateway.get();
        if (current == null) {
            return;
        }
        runner.run("Refresh", current::load, this::show, failure -> notice.set(new Notice(
                Notice.Level.ERROR, RefusalText.failure("Refresh", failure))));
    }

    /**
     * Runs one action through the gateway: progress while it runs, then a notice with the
     * outcome (the server's refusal in words) and a refresh.
     */
    public <T> void runAction(String label, GatewayWork<T> work, Consumer<T> onDone) {
        FleetGateway current = gateway.get();
        if (current == null) {
            notice.set(new Notice(Notice.Level.ERROR, label + ": not connected."));
            return;
        }
        notice.set(new Notice(Notice.Level.INFO, label + "…"));
        runner.run(label, () -> work.apply(current), result -> {
            notice.set(new Notice(Notice.Level.SUCCESS, label + ": done."));
            onDone.accept(result);
            refresh();
        }, failure -> {
            notice.set(new Notice(Notice.Level.ERROR, RefusalText.failure(label, failure)));
            refresh();
        });
    }

    /** A piece of work that uses the gateway; runs off the UI thread. */
    @FunctionalInterface
    public interface GatewayWork<T> {

        /** Does the work. */
        T apply(FleetGateway gateway) throws Exception;
    }

    /** Shows a fresh snapshot: rebuilds the trees and the details of the selection. */
    public void show(FleetSnapshot snapshot) {
        FleetIndex fresh = new FleetIndex(snapshot);
        index.set(fresh);
        for (NavigatorViewModel navigator : navigators()) {
            navigator.show(fresh, navigator == fabric ? snapshot.fabricNote() : "");
        }
        details.show(fresh, selected.get());
    }

    /** The three navigators in tab order. */
    public List<NavigatorViewModel> navigators() {
        return List.of(tenancy, instances, fabric);
    }

    public NavigatorViewModel tenancy() {
        return tenancy;
    }

    public NavigatorViewModel instances() {
        return instances;
    }

    public NavigatorViewModel fabric() {
        return fabric;
    }

    public DetailsViewModel details() {
        return details;
    }

    public ActivityLogViewModel activity() {
        return activity;
    }

    public TaskRunner runner() {
        return runner;
    }

    public FleetIndex index() {
        return index.get();
    }

    public ReadOnlyObjectProperty<FleetIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ObjectProperty<FleetGateway> gatewayProperty() {
        return gateway;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<NodeRef> selectedProperty() {
        return selected;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** True while any read or action runs. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    /** What runs now, for the progress label. */
    public Supplier<String> currentWork() {
        return runner::currentLabel;
    }
}
