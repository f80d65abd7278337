package org.vnicconsole.control;

import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vnicconsole.control.fleet.Fleet;
import org.vnicconsole.control.fleet.FleetLoader;
import org.vnicconsole.control.service.AddressService;
import org.vnicconsole.control.service.EipService;
import org.vnicconsole.control.service.FabricService;
import org.vnicconsole.control.service.GuestPlanService;
import org.vnicconsole.control.service.Ids;
import org.vnicconsole.control.service.InstanceService;
import org.vnicconsole.control.service.MigrationService;
import org.vnicconsole.control.service.NetworkService;
import org.vnicconsole.control.service.ServiceContext;
import org.vnicconsole.control.service.VnicService;
import org.vnicconsole.control.store.Store;

/**
 * The control plane: the store and every service over it. The API server and the embedded
 * console use one of these. Thread-safe; close it to close the store.
 */
public final class ControlPlane implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ControlPlane.class);

    private final Store store;
    private final NetworkService network;
    private final FabricService fabric;
    private final InstanceService instances;
    private final VnicService vnics;
    private final AddressService addresses;
    private final EipService eips;
    private final MigrationService migrations;
    private final GuestPlanService guestPlans;

    public ControlPlane(Store store, Clock clock, Ids ids) {
        ServiceContext context = new ServiceContext(store, clock, ids);
        this.store = store;
        this.network = new NetworkService(context);
        this.fabric = new FabricService(context);
        this.instances = new InstanceService(context);
        this.vnics = new VnicService(context);
        this.addresses = new AddressService(context);
        this.eips = new EipService(context);
        this.migrations = new MigrationService(context);
        this.guestPlans = new GuestPlanService(context);
    }

    /**
     * Opens the store in a data directory. When the store is empty and {@code fleet} is not null,
     * loads that fleet first.
     */
    public static ControlPlane open(Path dataDirectory, Fleet fleet) {
        ControlPlane plane = new ControlPlane(Store.openFile(dataDirectory), Clock.systemUTC(),
                Ids.random());
        plane.loadIfEmpty(fleet);
        return plane;
    }

    /** Loads a fleet when the store holds no region yet; returns whether it loaded. */
    public boolean loadIfEmpty(Fleet fleet) {
        if (fleet == null || !store.read(repos -> repos.network().regions().isEmpty())) {
            return false;
        }
        LOG.info("empty store: loading fleet");
        new FleetLoader(this).load(fleet);
        return true;
    }

    /** Every broken store invariant, in words; empty when the state is sound. */
    public java.util.List<String> invariantViolations() {
        return store.read(repos -> repos.invariants().violations());
    }

    public Store store() {
        return store;
    }

    public NetworkService network() {
        return network;
    }

    public FabricService fabric() {
        return fabric;
    }

    public InstanceService instances() {
        return instances;
    }

    public VnicService vnics() {
        return vnics;
    }

    public AddressService addresses() {
        return addresses;
    }

    public EipService eips() {
        return eips;
    }

    public MigrationService migrations() {
        return migrations;
    }

    public GuestPlanService guestPlans() {
        return guestPlans;
    }

    @Override
    public void close() {
        store.close();
    }
}
