package org.vnicconsole.control.store;

import org.jdbi.v3.core.Handle;

/**
 * Every repository over one transaction's handle. Services get one of these per action and use
 * it only inside that action.
 */
public final class Repositories {

    private final NetworkRepository network;
    private final FabricRepository fabric;
    private final InstanceRepository instances;
    private final VnicRepository vnics;
    private final AddressRepository addresses;
    private final EipRepository eips;
    private final MigrationRepository migrations;
    private final SerialRepository serials;
    private final InvariantChecker invariants;

    public Repositories(Handle handle) {
        this.network = new NetworkRepository(handle);
        this.fabric = new FabricRepository(handle);
        this.instances = new InstanceRepository(handle);
        this.vnics = new VnicRepository(handle);
        this.addresses = new AddressRepository(handle);
        this.eips = new EipRepository(handle);
        this.migrations = new MigrationRepository(handle);
        this.serials = new SerialRepository(handle);
        this.invariants = new InvariantChecker(handle);
    }

    public NetworkRepository network() {
        return network;
    }

    public FabricRepository fabric() {
        return fabric;
    }

    public InstanceRepository instances() {
        return instances;
    }

    public VnicRepository vnics() {
        return vnics;
    }

    public AddressRepository addresses() {
        return addresses;
    }

    public EipRepository eips() {
        return eips;
    }

    public MigrationRepository migrations() {
        return migrations;
    }

    public SerialRepository serials() {
        return serials;
    }

    public InvariantChecker invariants() {
        return invariants;
    }
}
