package org.vnicconsole.control.actions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.vnicconsole.control.ControlPlane;
import org.vnicconsole.control.api.ActionRegistry;
import org.vnicconsole.control.api.ActionRequest;
import org.vnicconsole.control.service.FabricService.AdapterSpec;
import org.vnicconsole.control.service.GuestPlanService.GuestInterface;
import org.vnicconsole.control.service.MigrationService.Migration;
import org.vnicconsole.control.service.MigrationService.Phase;
import org.vnicconsole.control.store.FabricRepository.AdapterUsage;
import org.vnicconsole.control.store.FabricRepository.HostUsage;
import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.api.operator.AdapterInfo;
import org.vnicconsole.model.api.operator.CheckInvariantsResponse;
import org.vnicconsole.model.api.operator.DescribeGuestPlanResponse;
import org.vnicconsole.model.api.operator.GuestInterfaceInfo;
import org.vnicconsole.model.api.operator.HostInfo;
import org.vnicconsole.model.api.operator.MigrationInfo;
import org.vnicconsole.model.api.operator.MigrationStepInfo;
import org.vnicconsole.model.api.operator.OperatorApi;
import org.vnicconsole.model.api.operator.PublicAddressInfo;
import org.vnicconsole.model.api.operator.RegisterHostInventoryResponse;
import org.vnicconsole.model.api.operator.VfInfo;
import org.vnicconsole.model.api.zec.Page;
import org.vnicconsole.model.domain.VirtualFunction;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.error.Refusal;

/**
 * Operator actions over hosts, adapters and VF pools, migrations, guest plans and the store's
 * invariants. Stateless.
 */
final class OperatorFabricActions {

    private final ControlPlane plane;

    private OperatorFabricActions(ControlPlane plane) {
        this.plane = plane;
    }

    static void register(ActionRegistry registry, ControlPlane plane) {
        OperatorFabricActions actions = new OperatorFabricActions(plane);
        String operator = OperatorApi.SERVICE;
        registry.register(operator, OperatorApi.DESCRIBE_HOSTS, actions::describeHosts);
        registry.register(operator, OperatorApi.REGISTER_HOST_INVENTORY, actions::register);
        registry.register(operator, OperatorApi.MIGRATE_INSTANCE, actions::migrate);
        registry.register(operator, OperatorApi.DESCRIBE_MIGRATION, actions::describeMigration);
        registry.register(operator, OperatorApi.DESCRIBE_GUEST_PLAN, actions::guestPlan);
        registry.register(operator, OperatorApi.CHECK_INVARIANTS, request ->
                new CheckInvariantsResponse(plane.invariantViolations()));
    }

    private Page<HostInfo> describeHosts(ActionRequest request) {
        Predicate<HostInfo> filter = Filters.anyOf(request, "hostIds", HostInfo::hostId)
                .and(Filters.equal(request, "zoneId", HostInfo::zoneId));
        boolean withVfs = request.optionalBool("withVfs").orElse(false);
        List<HostInfo> hosts = plane.store().read(repos -> hosts(repos, withVfs));
        return request.page().slice(hosts.stream().filter(filter).toList());
    }

    private static List<HostInfo> hosts(Repositories repos, boolean withVfs) {
        Map<String, List<AdapterInfo>> adapters = new HashMap<>();
        Map<String, String> instanceOf = new HashMap<>();
        if (withVfs) {
            for (Vnic vnic : repos.vnics().all()) {
                instanceOf.put(vnic.id(), vnic.instanceId());
            }
        }
        for (AdapterUsage usage : repos.fabric().adapterUsage(null)) {
            List<VfInfo> vfs = null;
            if (withVfs) {
                vfs = new ArrayList<>();
                for (VirtualFunction vf : repos.fabric().vfs(usage.adapter().id())) {
                    vfs.add(new VfInfo(vf.index(), vf.pciAddress(), vf.macAddress(), vf.vlan(),
                            vf.rateLimitMbps(), vf.spoofCheck(), vf.trust(), vf.linkState(),
                            vf.vnicId(), vf.vnicId() == null ? null : instanceOf.get(vf.vnicId())));
                }
            }
            var adapter = usage.adapter();
            adapters.computeIfAbsent(adapter.hostId(), id -> new ArrayList<>()).add(
                    new AdapterInfo(adapter.id(), adapter.name(), adapter.pciAddress(),
                            adapter.driver(), adapter.model(), adapter.totalVfs(), usage.vfsUsed(),
                            adapter.totalQueues(), usage.queuesUsed(), vfs));
        }
        List<HostInfo> hosts = new ArrayList<>();
        for (HostUsage usage : repos.fabric().hostUsage()) {
            var host = usage.host();
            hosts.add(new HostInfo(host.id(), host.name(), host.zoneId(), host.vcpuTotal(),
                    usage.vcpuUsed(), host.memoryGib(), usage.memoryUsed(),
                    adapters.getOrDefault(host.id(), List.of())));
        }
        return hosts;
    }

    /**
     * Takes the agent's {@code vnic-host-inventory/1} document: its SR-IOV capable PFs become
     * the host's adapters. A new host also needs {@code zoneId}, {@code vcpuTotal} and
     * {@code memoryGib}; queues default to eight per VF when the report does not say.
     */
    private RegisterHostInventoryResponse register(ActionRequest request) {
        String hostName = request.requiredString("hostName", 1, 128);
        JsonNode pfs = request.params().get("physicalFunctions");
        if (pfs == null || !pfs.isArray()) {
            throw Refusal.badParameter("MISSING_PARAMETER", "physicalFunctions",
                    "physicalFunctions must be an array of the host's PFs");
        }
        List<AdapterSpec> specs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (JsonNode pf : pfs) {
            String name = pf.path("name").asText("");
            String pci = pf.path("pciAddress").asText("");
            int vfs = count(pf, "totalVfs", count(pf, "enabledVfs", -1));
            if (pci.isEmpty() || "unknown".equals(pci) || vfs < 0) {
                skipped.add((name.isEmpty() ? "a PF" : name) + ": PCI address or VF count unknown");
                continue;
            }
            specs.add(new AdapterSpec(name.isEmpty() ? pci : name, pci,
                    pf.path("driver").asText("unknown"), pf.path("description").asText("unknown"),
                    vfs, count(pf, "totalQueues", vfs * 8)));
        }
        var existing = plane.store().read(repos -> repos.fabric().hostByName(hostName));
        String zoneId = existing.map(host -> host.zoneId())
                .orElseGet(() -> request.requiredString("zoneId"));
        int vcpus = existing.map(host -> host.vcpuTotal())
                .orElseGet(() -> request.requiredInt("vcpuTotal", 1, 4096));
        int memory = existing.map(host -> host.memoryGib())
                .orElseGet(() -> request.requiredInt("memoryGib", 1, 65536));
        var host = plane.fabric().registerHost(hostName, zoneId, vcpus, memory, specs);
        List<String> adapterIds = plane.store().read(repos -> repos.fabric().adapters(host.id()))
                .stream().map(adapter -> adapter.id()).toList();
        return new RegisterHostInventoryResponse(host.id(), adapterIds, skipped);
    }

    private static int count(JsonNode node, String field, int fallback) {
        JsonNode value = node.get(field);
        return value != null && value.canConvertToInt() && value.isIntegralNumber()
                ? value.intValue() : fallback;
    }

    private MigrationInfo migrate(ActionRequest request) {
        String instanceId = request.requiredString("instanceId");
        String targetHostId = request.requiredString("targetHostId");
        List<String> phases = java.util.Arrays.stream(Phase.values())
                .filter(phase -> phase != Phase.ROLLED_BACK).map(Enum::name).toList();
        Phase failAfter = request.optionalEnum("failAfterPhase", phases).map(Phase::valueOf)
                .orElse(null);
        return info(plane.migrations().migrate(instanceId, targetHostId, failAfter));
    }

    private MigrationInfo describeMigration(ActionRequest request) {
        return info(plane.migrations().find(request.requiredString("migrationId")));
    }

    private static MigrationInfo info(Migration migration) {
        return new MigrationInfo(migration.id(), migration.instanceId(), migration.sourceHostId(),
                migration.targetHostId(), migration.state(), migration.detail(),
                migration.steps().stream().map(step -> new MigrationStepInfo(step.seq(),
                        step.vnicId(), step.phase(), step.detail(), WireMapper.time(step.at())))
                        .toList());
    }

    private DescribeGuestPlanResponse guestPlan(ActionRequest request) {
        String instanceId = request.requiredString("instanceId");
        List<GuestInterfaceInfo> interfaces = new ArrayList<>();
        for (GuestInterface guest : plane.guestPlans().plan(instanceId)) {
            interfaces.add(new GuestInterfaceInfo(guest.deviceIndex(), guest.nicId(),
                    guest.macAddress(), guest.master(), guest.standby(), guest.vf(),
                    guest.masterAddresses(), guest.masterRoutes(), guest.publicAddresses()
                            .stream().map(p -> new PublicAddressInfo(p.address(),
                                    p.reach().name())).toList()));
        }
        return new DescribeGuestPlanResponse(instanceId, interfaces);
    }
}
