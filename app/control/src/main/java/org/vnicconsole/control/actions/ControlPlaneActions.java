package org.vnicconsole.control.actions;

import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.api.ActionRegistry;
import org.vnicconsole.control.operator.CatalogueActions;

/**
 * Registers every action the control plane serves, tenant and operator, over one
 * {@link ControlPlane}. Stateless.
 */
public final class ControlPlaneActions {

    private ControlPlaneActions() {
    }

    /** Registers every action under the registry's declared services. */
    public static void register(ActionRegistry registry, ControlPlane plane) {
        CatalogueActions.register(registry);
        ZecReadActions.register(registry, plane);
        ZecNetworkActions.register(registry, plane);
        ZecInstanceActions.register(registry, plane);
        ZecNicActions.register(registry, plane);
        ZecEipActions.register(registry, plane);
        OperatorFabricActions.register(registry, plane);
    }
}
