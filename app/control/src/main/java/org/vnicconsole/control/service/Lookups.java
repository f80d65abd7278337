package org.vnicconsole.control.service;

import org.vnicconsole.control.store.Repositories;
import org.vnicconsole.model.domain.Eip;
import org.vnicconsole.model.domain.Host;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.SecurityGroup;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.Vpc;
import org.vnicconsole.model.domain.Zone;
import org.vnicconsole.model.error.Refusal;

/** Finds a resource by id or refuses with the public API's not-found code for it. */
final class Lookups {

    private Lookups() {
    }

    static Vnic vnic(Repositories repos, String id) {
        return repos.vnics().find(required("nicId", id)).orElseThrow(() -> Refusal.notFound(
                "INVALID_NIC_NOT_FOUND", "nicId", "vNIC " + id + " does not exist"));
    }

    static Instance instance(Repositories repos, String id) {
        return repos.instances().find(required("instanceId", id)).orElseThrow(() ->
                Refusal.notFound("INVALID_INSTANCE_NOT_FOUND", "instanceId",
                        "instance " + id + " does not exist"));
    }

    static Subnet subnet(Repositories repos, String id) {
        return repos.network().subnet(required("subnetId", id)).orElseThrow(() ->
                Refusal.notFound("INVALID_SUBNET_NOT_FOUND", "subnetId",
                        "subnet " + id + " does not exist"));
    }

    static Vpc vpc(Repositories repos, String id) {
        return repos.network().vpc(required("vpcId", id)).orElseThrow(() ->
                Refusal.notFound("INVALID_VPC_NOT_FOUND", "vpcId", "VPC " + id + " does not exist"));
    }

    static Zone zone(Repositories repos, String id) {
        return repos.network().zone(required("zoneId", id)).orElseThrow(() ->
                Refusal.notFound("INVALID_ZONE_NOT_FOUND", "zoneId",
                        "zone " + id + " does not exist"));
    }

    static SecurityGroup securityGroup(Repositories repos, String id) {
        return repos.network().securityGroup(required("securityGroupId", id)).orElseThrow(() ->
                Refusal.notFound("INVALID_SECURITY_GROUP_NOT_FOUND", "securityGroupId",
                        "security group " + id + " does not exist"));
    }

    static Eip eip(Repositories repos, String id) {
        return repos.eips().find(required("eipId", id)).orElseThrow(() -> Refusal.notFound(
                "INVALID_EIP_NOT_FOUND", "eipId", "EIP " + id + " does not exist"));
    }

    static Host host(Repositories repos, String id) {
        return repos.fabric().host(required("hostId", id)).orElseThrow(() -> Refusal.notFound(
                "INVALID_HOST_NOT_FOUND", "hostId", "host " + id + " does not exist"));
    }

    /** Refuses a value longer than the store keeps; {@code what} names it in the message. */
    static String bounded(String field, String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw Refusal.badParameter("INVALID_PARAMETER_EXCEED_LENGTH", field, what
                    + " must be at most " + max + " characters, was " + value.length());
        }
        return value;
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Refusal.badParameter("MISSING_PARAMETER", field, field + " is required");
        }
        return value;
    }
}
