package org.vnicconsole.control.actions;

import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.api.ActionRegistry;
import org.vnicconsole.control.api.ActionRequest;
import org.vnicconsole.model.api.zec.CreateSecurityGroupResponse;
import org.vnicconsole.model.api.zec.CreateSubnetResponse;
import org.vnicconsole.model.api.zec.CreateVpcResponse;
import org.vnicconsole.model.api.zec.ZecApi;
import org.vnicconsole.model.api.zec.ZecValues;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * zec actions on VPCs, subnets and security groups. Security group rules are accepted and not
 * enforced: this control plane models the group as the vNIC's boundary, not its rules.
 */
final class ZecNetworkActions {

    private static final Empty EMPTY = new Empty();

    /** The reply of an action whose response holds only its request id. */
    record Empty() {
    }

    private final ControlPlane plane;

    private ZecNetworkActions(ControlPlane plane) {
        this.plane = plane;
    }

    static void register(ActionRegistry registry, ControlPlane plane) {
        ZecNetworkActions actions = new ZecNetworkActions(plane);
        String zec = ZecApi.SERVICE;
        registry.register(zec, ZecApi.CREATE_VPC, actions::createVpc);
        registry.register(zec, ZecApi.DELETE_VPC, actions::deleteVpc);
        registry.register(zec, ZecApi.CREATE_SUBNET, actions::createSubnet);
        registry.register(zec, ZecApi.DELETE_SUBNET, actions::deleteSubnet);
        registry.register(zec, ZecApi.CREATE_SECURITY_GROUP, actions::createSecurityGroup);
    }

    static Empty empty() {
        return EMPTY;
    }

    private CreateVpcResponse createVpc(ActionRequest request) {
        String name = request.requiredString("name");
        String cidr = request.requiredString("cidrBlock");
        int mtu = request.requiredInt("mtu", 0, 65535);
        if (request.optionalBool("enablePriIpv6").orElse(false)) {
            throw Refusal.badParameter("INVALID_PARAMETER_VALUE", "enablePriIpv6",
                    "VPC-wide private IPv6 is not offered here; give subnets IPv6 with "
                            + "CreateSubnet stackType IPv4_IPv6");
        }
        return new CreateVpcResponse(plane.network().createVpc(name, cidr, mtu).id());
    }

    private Empty deleteVpc(ActionRequest request) {
        plane.network().deleteVpc(request.requiredString("vpcId"));
        return EMPTY;
    }

    private CreateSubnetResponse createSubnet(ActionRequest request) {
        String vpcId = request.requiredString("vpcId");
        String name = request.requiredString("name");
        String regionId = request.requiredString("regionId");
        String stack = request.requiredEnum("stackType", ZecValues.STACK_TYPE);
        if (stack.equals("IPv6")) {
            throw Refusal.ofField(RuleId.IPV4_PRIMARY, "INVALID_PARAMETER_VALUE", 400,
                    "stackType", "IPv6-only subnets are not offered here: every vNIC has a "
                            + "primary IPv4; use IPv4 or IPv4_IPv6");
        }
        String cidr = request.requiredString("cidrBlock");
        String ipv6Type = null;
        if (stack.equals("IPv4_IPv6")) {
            ipv6Type = request.requiredEnum("ipv6Type", ZecValues.IPV6_TYPE);
        }
        return new CreateSubnetResponse(plane.network().createSubnet(vpcId, regionId, name, cidr,
                null, ipv6Type).id());
    }

    private Empty deleteSubnet(ActionRequest request) {
        plane.network().deleteSubnet(request.requiredString("subnetId"));
        return EMPTY;
    }

    private CreateSecurityGroupResponse createSecurityGroup(ActionRequest request) {
        String name = request.requiredString("securityGroupName");
        request.optionalEnum("scope", ZecValues.SECURITY_GROUP_SCOPE);
        return new CreateSecurityGroupResponse(plane.network().createSecurityGroup(name).id());
    }
}
