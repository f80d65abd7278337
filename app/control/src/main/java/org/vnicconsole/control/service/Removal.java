package org.vnicconsole.control.service;

import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.domain.Vnic;

/** Deleting a vNIC row and everything that hangs on it, in the order the constraints need. */
final class Removal {

    private Removal() {
    }

    /** Unbinds its EIPs (they are kept, not released), frees its VF and addresses, deletes it. */
    static void deleteVnic(Repositories repos, Vnic vnic) {
        repos.eips().unbindAllOfVnic(vnic.id());
        repos.fabric().releaseVfOf(vnic.id());
        repos.addresses().deleteAllOfVnic(vnic.id());
        repos.vnics().delete(vnic.id());
    }
}
