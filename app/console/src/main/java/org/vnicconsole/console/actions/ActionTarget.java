package org.vnicconsole.console.actions;

import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.navigator.NodeRef;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.NicInfo;

/**
 * What the actions apply to when a node is selected: the vNIC, instance, subnet, private IP and
 * EIP it stands for or belongs to (a VF stands for the vNIC it backs, a private IP for its vNIC
 * and its EIP). Any of them may be null. Immutable; pure.
 */
public record ActionTarget(String nicId, String instanceId, String subnetId, String privateIp,
        String eipId) {

    /** Nothing selected. */
    public static ActionTarget none() {
        return new ActionTarget(null, null, null, null, null);
    }

    /** The target of a selected node in a snapshot. */
    public static ActionTarget of(FleetIndex index, NodeRef ref) {
        if (ref == null) {
            return none();
        }
        return switch (ref.kind()) {
            case VNIC -> ofNic(index, ref.id(), null);
            case PRIVATE_IP -> ofNic(index, ref.owner(), ref.leaf());
            case IPV6 -> ofNic(index, ref.owner(), null);
            case VF -> index.vf(ref.id()).map(place -> place.vf().nicId())
                    .map(nicId -> ofNic(index, nicId, null)).orElse(none());
            case INSTANCE -> new ActionTarget(null, ref.id(), index.instance(ref.id())
                    .map(instance -> instance.subnetId()).orElse(null), null, null);
            case SUBNET -> new ActionTarget(null, null, ref.id(), null, null);
            case EIP -> index.eip(ref.id()).map(eip -> new ActionTarget(eip.nicId(),
                    eip.instanceId(), null, eip.privateIpAddress(), eip.eipId())).orElse(none());
            default -> none();
        };
    }

    private static ActionTarget ofNic(FleetIndex index, String nicId, String privateIp) {
        NicInfo nic = index.nic(nicId).orElse(null);
        if (nic == null) {
            return none();
        }
        String eipId = privateIp == null
                ? index.eipsOfNic(nicId).stream().map(EipInfo::eipId).findFirst().orElse(null)
                : index.eipOf(nicId, privateIp).map(EipInfo::eipId).orElse(null);
        return new ActionTarget(nicId, nic.instanceId(), nic.subnetId(), privateIp, eipId);
    }
}
