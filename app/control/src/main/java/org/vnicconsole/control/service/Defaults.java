package org.vnicconsole.control.service;

import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.error.Refusal;

/** Defaults the public API applies when a request leaves a field out. */
final class Defaults {

    private Defaults() {
    }

    /** The default security group's id. */
    static String securityGroup(Repositories repos) {
        return repos.network().defaultSecurityGroup().orElseThrow(() -> Refusal.badParameter(
                "MISSING_PARAMETER", "securityGroupId",
                "securityGroupId is required: this control plane has no default security group"))
                .id();
    }
}
