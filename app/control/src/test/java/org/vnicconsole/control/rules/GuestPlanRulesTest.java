package org.vnicconsole.control.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vnicconsole.control.service.GuestPlanService.GuestInterface;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.rules.RuleId;

/**
 * RULES.md, Host side and live migration, the guest's view: FAILOVER-TRIPLET and
 * CONFIGURE-MASTER through GuestPlanService. No request can break them (the platform makes the
 * plan), so their refusal side is an invariant.
 */
class GuestPlanRulesTest {

    private final SmallFleet fleet = new SmallFleet();

    @AfterEach
    void close() {
        fleet.close();
    }

    /** An instance on host-a1: primary with IPv6, and an elastic vNIC with two addresses. */
    private Instance twoVnicInstance() {
        Instance web = fleet.launchWithIpv6("web-1", "z2a.cpu.16", fleet.app.id());
        Vnic leg = fleet.attachedElastic("leg", web.id());
        fleet.plane.addresses().assignCount(leg.id(), 1);
        return web;
    }

    @Test
    @Allows(RuleId.FAILOVER_TRIPLET)
    void eachVnicAppearsAsMasterStandbyAndVfSharingOneMac() {
        Instance web = twoVnicInstance();
        List<Vnic> vnics = fleet.vnicsOf(web.id());

        List<GuestInterface> plan = fleet.plane.guestPlans().plan(web.id());

        assertThat(plan).extracting(GuestInterface::master, GuestInterface::standby,
                GuestInterface::vf).containsExactly(
                        tuple("eth0", "eth0nsby", "enp59s1f0"),
                        tuple("eth1", "eth1nsby", "enp59s1f1"));
        assertThat(plan).extracting(GuestInterface::nicId, GuestInterface::macAddress)
                .containsExactly(
                        tuple(vnics.get(0).id(),
                                vnics.get(0).macAddress()),
                        tuple(vnics.get(1).id(),
                                vnics.get(1).macAddress()));
        assertThat(fleet.vfOf(vnics.get(1).id()).orElseThrow().macAddress())
                .isEqualTo(plan.get(1).macAddress());
    }

    @Test
    @Holds({RuleId.FAILOVER_TRIPLET, RuleId.MIGRATION_PATH})
    void theMasterAndItsMacNeverChangeThroughAMigration() {
        Instance web = twoVnicInstance();
        List<GuestInterface> before = fleet.plane.guestPlans().plan(web.id());

        fleet.plane.migrations().migrate(web.id(), fleet.hostA2.id(), null);

        List<GuestInterface> after = fleet.plane.guestPlans().plan(web.id());
        assertThat(after).extracting(GuestInterface::nicId, GuestInterface::master,
                GuestInterface::standby, GuestInterface::macAddress,
                GuestInterface::masterAddresses, GuestInterface::masterRoutes)
                .isEqualTo(before.stream().map(nic -> tuple(
                        nic.nicId(), nic.master(), nic.standby(), nic.macAddress(),
                        nic.masterAddresses(), nic.masterRoutes())).toList());
    }

    @Test
    @Allows(RuleId.CONFIGURE_MASTER)
    void addressesAndRoutesAreConfiguredOnTheMaster() {
        Instance web = twoVnicInstance();
        Vnic primary = fleet.primaryOf(web.id());

        List<GuestInterface> plan = fleet.plane.guestPlans().plan(web.id());

        assertThat(plan.get(0).masterAddresses())
                .containsExactly("10.10.1.2/24", primary.ipv6Address() + "/96");
        assertThat(plan.get(0).masterRoutes())
                .containsExactly("10.10.1.0/24 dev eth0", "default via 10.10.1.1 dev eth0");
        assertThat(plan.get(1).masterAddresses())
                .containsExactly("10.10.250.2/24", "10.10.250.3/24");
        assertThat(plan.get(1).masterRoutes()).containsExactly("10.10.250.0/24 dev eth1");
    }

    @Test
    @Holds(RuleId.CONFIGURE_MASTER)
    void noRouteNamesTheStandbyOrTheVf() {
        Instance web = twoVnicInstance();

        List<GuestInterface> plan = fleet.plane.guestPlans().plan(web.id());

        assertThat(plan).allSatisfy(nic -> assertThat(nic.masterRoutes())
                .allMatch(route -> route.endsWith(" dev " + nic.master()))
                .noneMatch(route -> route.contains(nic.standby()))
                .noneMatch(route -> route.contains(nic.vf())));
    }
}
