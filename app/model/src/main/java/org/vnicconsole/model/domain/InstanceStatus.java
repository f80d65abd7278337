package org.vnicconsole.model.domain;

/** The instance states this control plane uses; names as in the public API. */
public enum InstanceStatus {
    RUNNING,
    STOPPED,
    MIGRATING
}
