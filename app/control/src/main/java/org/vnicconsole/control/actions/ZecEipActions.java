package org.vnicconsole.control.actions;

import java.util.List;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.api.ActionRegistry;
import org.vnicconsole.control.api.ActionRequest;
import org.vnicconsole.model.api.zec.AssociateEipAddressResponse;
import org.vnicconsole.model.api.zec.CreateEipsResponse;
import org.vnicconsole.model.api.zec.UnassociateEipAddressResponse;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.api.zec.ZecValues;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.PrivateIp;
import org.vnicconsole.model.error.Refusal;

/**
 * zec actions on elastic IPs. Binding is all or none (decided here): a call that cannot bind
 * every EIP is refused with a 4xx naming the rule, so {@code failedEipIds} is always empty on
 * success. Only vNIC targets exist here; load balancer, NAT and HaVip targets are refused.
 */
final class ZecEipActions {

    private final ControlPlane plane;

    private ZecEipActions(ControlPlane plane) {
        this.plane = plane;
    }

    static void register(ActionRegistry registry, ControlPlane plane) {
        ZecEipActions actions = new ZecEipActions(plane);
        String zec = ZecApi.SERVICE;
        registry.register(zec, ZecApi.CREATE_EIPS, actions::create);
        registry.register(zec, ZecApi.ASSOCIATE_EIP_ADDRESS, actions::associate);
        registry.register(zec, ZecApi.UNASSOCIATE_EIP_ADDRESS, actions::unassociate);
        registry.register(zec, ZecApi.CHANGE_EIP_BIND_TYPE, actions::changeBindType);
        registry.register(zec, ZecApi.DELETE_EIP, actions::delete);
    }

    private CreateEipsResponse create(ActionRequest request) {
        String regionId = request.requiredString("regionId");
        String name = request.requiredString("name");
        request.requiredEnum("internetChargeType", ZecValues.INTERNET_CHARGE_TYPE);
        request.optionalEnum("networkLineType", ZecValues.NETWORK_LINE_TYPE);
        int amount = request.optionalInt("amount", 1, 100).orElse(1);
        List<String> instanceIds = request.optionalStringList("instanceIds", 100);
        ForwardingMode mode = mode(request, "bindType");
        if (!instanceIds.isEmpty() && instanceIds.size() != amount) {
            throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "instanceIds", "instanceIds "
                    + "lists " + instanceIds.size() + " instances for " + amount + " EIPs");
        }
        List<Eip> created = instanceIds.isEmpty()
                ? plane.eips().create(regionId, name, amount)
                : plane.eips().createBound(regionId, name, instanceIds, mode);
        List<String> ids = created.stream().map(Eip::id).toList();
        return new CreateEipsResponse(ids, "order-" + request.requestId().substring(1, 9));
    }

    private AssociateEipAddressResponse associate(ActionRequest request) {
        List<String> eipIds = request.requiredStringList("eipIds", 100);
        for (String other : List.of("loadBalancerId", "natId", "haVipId")) {
            if (request.has(other)) {
                throw Refusal.badParameter("INVALID_PARAMETER_VALUE", other, other
                        + " targets do not exist in this control plane; bind to a vNIC with nicId");
            }
        }
        String nicId = request.requiredString("nicId");
        String lanIp = request.optionalString("lanIp").orElseGet(() -> primaryAddress(nicId));
        plane.eips().bind(eipIds, nicId, lanIp, mode(request, "bindType"));
        return new AssociateEipAddressResponse(List.of());
    }

    private String primaryAddress(String nicId) {
        List<PrivateIp> ips = plane.store().read(repos -> repos.addresses().ofVnic(nicId));
        if (ips.isEmpty()) {
            throw Refusal.notFound("INVALID_NIC_NOT_FOUND", "nicId",
                    "vNIC " + nicId + " does not exist");
        }
        return ips.get(0).address();
    }

    private UnassociateEipAddressResponse unassociate(ActionRequest request) {
        plane.eips().unbind(request.requiredStringList("eipIds", 100));
        return new UnassociateEipAddressResponse(List.of());
    }

    private ZecNetworkActions.Empty changeBindType(ActionRequest request) {
        String eipId = request.requiredString("eipId");
        request.requiredEnum("bindType", ZecValues.BIND_TYPE);
        plane.eips().changeMode(eipId, mode(request, "bindType"));
        return ZecNetworkActions.empty();
    }

    private ZecNetworkActions.Empty delete(ActionRequest request) {
        plane.eips().release(request.requiredString("eipId"));
        return ZecNetworkActions.empty();
    }

    private static ForwardingMode mode(ActionRequest request, String field) {
        String wire = request.optionalEnum(field, ZecValues.BIND_TYPE).orElse("FullNat");
        return ForwardingMode.fromWire(wire).orElseThrow();
    }
}
