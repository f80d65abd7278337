package org.vnicconsole.control.actions;

import java.util.ArrayList;
import java.util.List;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.api.ActionRegistry;
import org.vnicconsole.control.api.ActionRequest;
import org.vnicconsole.control.service.InstanceService.Launch;
import org.vnicconsole.control.service.InstanceService.PublicIp;
import org.vnicconsole.model.api.zec.CreateZecInstancesResponse;
import org.vnicconsole.model.api.zec.CreatedInstance;
import org.vnicconsole.model.api.zec.ReleaseInstancesResponse;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.api.zec.ZecValues;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * zec actions on instances: launch (all instances of one call or none), resize, release, and the
 * forwarding switch. Instances start RUNNING at once; a client that polls sees the final state.
 */
final class ZecInstanceActions {

    private final ControlPlane plane;

    private ZecInstanceActions(ControlPlane plane) {
        this.plane = plane;
    }

    static void register(ActionRegistry registry, ControlPlane plane) {
        ZecInstanceActions actions = new ZecInstanceActions(plane);
        String zec = ZecApi.SERVICE;
        registry.register(zec, ZecApi.CREATE_ZEC_INSTANCES, actions::create);
        registry.register(zec, ZecApi.MODIFY_INSTANCE_TYPE, actions::modifyType);
        registry.register(zec, ZecApi.RELEASE_INSTANCES, actions::release);
        registry.register(zec, ZecApi.START_IP_FORWARD, request -> actions.forward(request, true));
        registry.register(zec, ZecApi.STOP_IP_FORWARD, request -> actions.forward(request, false));
    }

    private CreateZecInstancesResponse create(ActionRequest request) {
        String zoneId = request.requiredString("zoneId");
        String imageId = request.requiredString("imageId");
        String type = request.requiredString("instanceType");
        String subnetId = request.requiredString("subnetId");
        int count = request.optionalInt("instanceCount", 1, 100).orElse(1);
        String name = request.optionalString("instanceName", 2, 63).orElse("instance");
        String stack = request.optionalEnum("ipStackType", ZecValues.STACK_TYPE).orElse("IPv4");
        request.optionalEnum("nicNetworkType", ZecValues.NIC_NETWORK_TYPE);
        request.optionalEnum("internetChargeType", ZecValues.INTERNET_CHARGE_TYPE);
        String bind = request.optionalEnum("eipBindType", ZecValues.BIND_TYPE).orElse("FullNat");
        List<String> eipIds = request.optionalStringList("eipIds", 100);
        boolean ipForward = request.optionalBool("enableIpForward").orElse(false);
        if (stack.equals("IPv6")) {
            throw Refusal.ofField(RuleId.IPV4_PRIMARY, "INVALID_PARAMETER_VALUE", 400,
                    "ipStackType", "IPv6-only instances are not offered here: every vNIC has a "
                            + "primary IPv4; use IPv4 or IPv4_IPv6");
        }
        List<Launch> launches = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            launches.add(new Launch(count == 1 ? name : name + "-" + n, type, zoneId, subnetId,
                    imageId, request.optionalString("securityGroupId").orElse(null),
                    n == 1 ? request.optionalString("lanIp").orElse(null) : null,
                    stack.equals("IPv4_IPv6"), ipForward, null));
        }
        PublicIp publicIp = new PublicIp(request.has("internetChargeType") && eipIds.isEmpty(),
                eipIds, ForwardingMode.fromWire(bind).orElseThrow());
        List<Instance> created = plane.instances().launchAll(launches, publicIp);
        List<String> ids = created.stream().map(Instance::id).toList();
        return new CreateZecInstancesResponse("order-" + request.requestId().substring(1, 9),
                ids, ids.stream().map(id -> new CreatedInstance(id, List.of())).toList());
    }

    private ZecNetworkActions.Empty modifyType(ActionRequest request) {
        plane.instances().resize(request.requiredString("instanceId"),
                request.requiredString("instanceType"));
        return ZecNetworkActions.empty();
    }

    private ReleaseInstancesResponse release(ActionRequest request) {
        List<String> ids = request.requiredStringList("instanceIds", 100);
        boolean dependResource = request.optionalBool("dependResource").orElse(true);
        List<String> failed = new ArrayList<>();
        for (String id : ids) {
            try {
                plane.instances().release(id, dependResource);
            } catch (Refusal refusal) {
                failed.add(id);
            }
        }
        return new ReleaseInstancesResponse(failed);
    }

    private ZecNetworkActions.Empty forward(ActionRequest request, boolean on) {
        plane.instances().setIpForward(request.requiredString("instanceId"), on);
        return ZecNetworkActions.empty();
    }
}
