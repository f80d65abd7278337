package org.vnicconsole.console.actions;

import java.util.List;
import java.util.Optional;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.model.api.zec.EipInfo;
import org.vnicconsole.model.api.zec.InstanceInfo;
import org.vnicconsole.model.api.zec.NicInfo;
import org.vnicconsole.model.api.zec.SubnetInfo;
import org.vnicconsole.model.api.zec.ZoneInfo;
import org.vnicconsole.model.capacity.InstanceType;
import org.vnicconsole.model.check.Verdict;
import org.vnicconsole.model.check.VnicChecks;

/**
 * Feeds the model's shared rule checks ({@link VnicChecks}) with facts from the latest snapshot,
 * so the console predicts the server's refusals in the same words. Pure.
 */
final class ActionChecks {

    private ActionChecks() {
    }

    static Optional<Verdict> attach(FleetIndex index, String nicId, String instanceId) {
        NicInfo nic = index.nic(nicId).orElse(null);
        InstanceInfo instance = index.instance(instanceId).orElse(null);
        if (nic == null || instance == null) {
            return Optional.empty();
        }
        SubnetInfo instanceSubnet = index.subnet(instance.subnetId()).orElse(null);
        String instanceRegion = index.snapshot().zones().stream()
                .filter(zone -> zone.zoneId().equals(instance.zoneId()))
                .map(ZoneInfo::regionId).findFirst()
                .orElse(instanceSubnet == null ? null : instanceSubnet.regionId());
        String nicRegion = index.subnet(nic.subnetId()).map(SubnetInfo::regionId)
                .orElse(nic.regionId());
        return VnicChecks.attach(new VnicChecks.AttachFacts(nic.nicId(), nic.instanceId(),
                nicRegion, nic.vpcId(), FleetIndex.ipv4sOf(nic).size(), instance.instanceId(),
                instanceRegion, instanceSubnet == null ? null : instanceSubnet.vpcId(),
                index.nicsOf(instanceId).size(), FleetIndex.capsOf(instance)));
    }

    static Optional<Verdict> detach(FleetIndex index, String nicId) {
        return index.nic(nicId).flatMap(nic -> VnicChecks.detach(nicId,
                FleetIndex.isPrimary(nic), nic.instanceId() != null));
    }

    static Optional<Verdict> delete(FleetIndex index, String nicId) {
        return index.nic(nicId).flatMap(nic -> VnicChecks.delete(nicId,
                FleetIndex.isPrimary(nic), nic.instanceId() != null));
    }

    static Optional<Verdict> assignIpv4(FleetIndex index, String nicId, int adding) {
        return index.nic(nicId).flatMap(nic -> VnicChecks.assignIpv4(nicId,
                FleetIndex.ipv4sOf(nic).size(), adding, index.ipv4CapOf(nic)));
    }

    static Optional<Verdict> enableIpv6(FleetIndex index, String nicId) {
        return index.nic(nicId).flatMap(nic -> VnicChecks.enableIpv6(nicId,
                index.subnet(nic.subnetId()).map(subnet -> subnet.ipv6CidrBlock() != null)
                        .orElse(true), nic.primaryIpv6() != null));
    }

    static Optional<Verdict> bindEip(FleetIndex index, String nicId, String privateIp,
            String mode) {
        List<String> modes = index.eipsOfNic(nicId).stream().map(EipInfo::bindType).toList();
        return VnicChecks.bindEip(nicId, privateIp, mode, modes,
                index.eipOf(nicId, privateIp).isPresent());
    }

    static Optional<Verdict> changeEipMode(FleetIndex index, String eipId, String mode) {
        EipInfo eip = index.eip(eipId).orElse(null);
        if (eip == null || eip.nicId() == null) {
            return Optional.empty();
        }
        List<String> others = index.eipsOfNic(eip.nicId()).stream()
                .filter(other -> !other.eipId().equals(eipId)).map(EipInfo::bindType).toList();
        return VnicChecks.changeEipMode(eip.nicId(), mode, others);
    }

    static Optional<Verdict> resize(FleetIndex index, String instanceId, String type) {
        List<NicInfo> nics = index.nicsOf(instanceId);
        int most = nics.stream().mapToInt(nic -> FleetIndex.ipv4sOf(nic).size()).max().orElse(0);
        return VnicChecks.resize(instanceId, nics.size(), most, InstanceType.parse(type).caps());
    }
}
