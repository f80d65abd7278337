package org.vnicconsole.control.actions;

import java.util.List;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.api.ActionRegistry;
import org.vnicconsole.control.api.ActionRequest;
import org.vnicconsole.control.service.VnicService.CreateElastic;
import org.vnicconsole.control.service.VnicService.Modify;
import org.vnicconsole.model.api.zec.BatchAssignNetworkInterfaceIpv4Response;
import org.vnicconsole.model.api.zec.CreateNetworkInterfaceResponse;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.api.zec.ZecValues;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * zec actions on vNICs and their private addresses. ModifyNetworkInterfaceAttribute also takes
 * this system's per-vNIC settings as extra fields: {@code sourceDestCheck} (bool) and
 * {@code rateLimitMbps} (int, 0 removes the limit); a {@code subnetId} is refused
 * (VNIC-SUBNET-FIXED). CreateNetworkInterface takes an extra {@code primaryIpv4}.
 */
final class ZecNicActions {

    private final ControlPlane plane;

    private ZecNicActions(ControlPlane plane) {
        this.plane = plane;
    }

    static void register(ActionRegistry registry, ControlPlane plane) {
        ZecNicActions actions = new ZecNicActions(plane);
        String zec = ZecApi.SERVICE;
        registry.register(zec, ZecApi.CREATE_NETWORK_INTERFACE, actions::create);
        registry.register(zec, ZecApi.DELETE_NETWORK_INTERFACE, actions::delete);
        registry.register(zec, ZecApi.ATTACH_NETWORK_INTERFACE, actions::attach);
        registry.register(zec, ZecApi.DETACH_NETWORK_INTERFACE, actions::detach);
        registry.register(zec, ZecApi.MODIFY_NETWORK_INTERFACE_ATTRIBUTE, actions::modify);
        registry.register(zec, ZecApi.ASSIGN_NETWORK_INTERFACE_IPV4, actions::assignOne);
        registry.register(zec, ZecApi.BATCH_ASSIGN_NETWORK_INTERFACE_IPV4, actions::assignBatch);
        registry.register(zec, ZecApi.UNASSIGN_NETWORK_INTERFACE_IPV4, actions::unassign);
        registry.register(zec, ZecApi.ASSIGN_NETWORK_INTERFACE_IPV6, actions::enableIpv6);
        registry.register(zec, ZecApi.UNASSIGN_NETWORK_INTERFACE_IPV6, actions::disableIpv6);
    }

    private CreateNetworkInterfaceResponse create(ActionRequest request) {
        String name = request.requiredString("name");
        String subnetId = request.requiredString("subnetId");
        String stack = request.optionalEnum("nicStackType", ZecValues.STACK_TYPE).orElse("IPv4");
        if (stack.equals("IPv6")) {
            throw Refusal.ofField(RuleId.IPV4_PRIMARY, "INVALID_PARAMETER_VALUE", 400,
                    "nicStackType", "IPv6-only vNICs are not offered here: every vNIC has a "
                            + "primary IPv4; use IPv4 or IPv4_IPv6");
        }
        List<String> eipIds = request.optionalStringList("eipIds", 1);
        String bind = request.optionalEnum("eipBindType", ZecValues.BIND_TYPE).orElse("FullNat");
        Vnic vnic = plane.vnics().createElastic(new CreateElastic(name, subnetId,
                request.optionalString("securityGroupId").orElse(null),
                request.optionalString("primaryIpv4").orElse(null), stack.equals("IPv4_IPv6")),
                eipIds, ForwardingMode.fromWire(bind).orElseThrow());
        return new CreateNetworkInterfaceResponse(vnic.id());
    }

    private ZecNetworkActions.Empty delete(ActionRequest request) {
        plane.vnics().delete(request.requiredString("nicId"));
        return ZecNetworkActions.empty();
    }

    private ZecNetworkActions.Empty attach(ActionRequest request) {
        plane.vnics().attach(request.requiredString("nicId"),
                request.requiredString("instanceId"));
        return ZecNetworkActions.empty();
    }

    private ZecNetworkActions.Empty detach(ActionRequest request) {
        plane.vnics().detach(request.requiredString("nicId"));
        return ZecNetworkActions.empty();
    }

    private ZecNetworkActions.Empty modify(ActionRequest request) {
        String nicId = request.requiredString("nicId");
        Modify change = new Modify(nicId, request.optionalString("name").orElse(null),
                request.optionalString("securityGroupId").orElse(null),
                request.optionalString("subnetId").orElse(null));
        java.util.Optional<Boolean> check = request.optionalBool("sourceDestCheck");
        java.util.Optional<Integer> rate = request.optionalInt("rateLimitMbps", 0, 400_000);
        plane.vnics().modify(change, check.orElse(null), rate.orElse(null));
        return ZecNetworkActions.empty();
    }

    private ZecNetworkActions.Empty assignOne(ActionRequest request) {
        String nicId = request.requiredString("nicId");
        plane.addresses().assignAddresses(nicId, List.of(request.requiredString("ipAddress")));
        return ZecNetworkActions.empty();
    }

    private BatchAssignNetworkInterfaceIpv4Response assignBatch(ActionRequest request) {
        String nicId = request.requiredString("nicId");
        List<String> addresses = request.optionalStringList("ipAddresses", 100);
        java.util.Optional<Integer> count = request.optionalInt("ipAddressCount", 1, 100);
        if (!addresses.isEmpty()) {
            return new BatchAssignNetworkInterfaceIpv4Response(
                    plane.addresses().assignAddresses(nicId, addresses));
        }
        if (count.isEmpty()) {
            throw Refusal.badParameter("MISSING_PARAMETER", "ipAddresses",
                    "give ipAddresses or ipAddressCount");
        }
        return new BatchAssignNetworkInterfaceIpv4Response(
                plane.addresses().assignCount(nicId, count.get()));
    }

    private ZecNetworkActions.Empty unassign(ActionRequest request) {
        String nicId = request.requiredString("nicId");
        List<String> addresses = request.optionalStringList("ipAddresses", 100);
        if (addresses.isEmpty()) {
            addresses = request.optionalString("ipAddress").map(List::of).orElse(List.of());
        }
        plane.addresses().unassign(nicId, addresses);
        return ZecNetworkActions.empty();
    }

    private ZecNetworkActions.Empty enableIpv6(ActionRequest request) {
        plane.addresses().enableIpv6(request.requiredString("nicId"));
        return ZecNetworkActions.empty();
    }

    private ZecNetworkActions.Empty disableIpv6(ActionRequest request) {
        plane.addresses().disableIpv6(request.requiredString("nicId"));
        return ZecNetworkActions.empty();
    }
}
