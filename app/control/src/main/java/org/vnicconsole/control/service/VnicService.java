package org.vnicconsole.control.service;

import java.util.List;
import org.vnicconsole.model.check.Names;
import org.vnicconsole.model.domain.ForwardingMode;
import org.vnicconsole.model.domain.Instance;
import org.vnicconsole.model.domain.Subnet;
import org.vnicconsole.model.domain.Vnic;
import org.vnicconsole.model.domain.VnicKind;
import org.vnicconsole.model.error.Refusal;
import org.vnicconsole.model.rules.RuleId;

/**
 * Elastic vNICs: create, delete, attach, detach, and the per-vNIC settings (name, security
 * group, rate limit, source/destination check). Each method is one transaction. Thread-safe.
 */
public final class VnicService {

    /**
     * A new elastic vNIC.
     *
     * @param securityGroupId null for the default security group
     * @param primaryIp null for the platform to choose
     */
    public record CreateElastic(String name, String subnetId, String securityGroupId,
            String primaryIp, boolean ipv6) {
    }

    /** Attribute changes; null leaves a value as it is. */
    public record Modify(String nicId, String name, String securityGroupId, String subnetId) {
    }

    private final ServiceContext context;

    public VnicService(ServiceContext context) {
        this.context = context;
    }

    /** Creates an unattached elastic vNIC (ELASTIC-LIFECYCLE). */
    public Vnic createElastic(CreateElastic request) {
        return createElastic(request, List.of(), ForwardingMode.STANDARD);
    }

    /**
     * Creates an unattached elastic vNIC and binds the given EIPs (at most one) to its primary
     * address, in one transaction.
     */
    public Vnic createElastic(CreateElastic request, List<String> eipIds, ForwardingMode mode) {
        Names.withUnderscore("name", request.name());
        return context.store().write(repos -> {
            Subnet subnet = Lookups.subnet(repos, request.subnetId());
            String group = request.securityGroupId() == null
                    ? Defaults.securityGroup(repos)
                    : Lookups.securityGroup(repos, request.securityGroupId()).id();
            VnicFactory.Spec spec = new VnicFactory.Spec(context.ids().next("nic"),
                    request.name(), VnicKind.ELASTIC, subnet, group, request.primaryIp(),
                    "primaryIpv4", request.primaryIp() != null, request.ipv6());
            Vnic vnic = VnicFactory.create(repos, spec, context.now());
            if (!eipIds.isEmpty()) {
                String primary = repos.addresses().ofVnic(vnic.id()).get(0).address();
                EipService.bindIn(repos, eipIds, vnic.id(), primary, mode);
            }
            return Lookups.vnic(repos, vnic.id());
        });
    }

    /** Deletes a detached elastic vNIC; its addresses are freed and its EIPs unbound. */
    public void delete(String nicId) {
        context.store().write(repos -> {
            Vnic vnic = Lookups.vnic(repos, nicId);
            if (vnic.kind() == VnicKind.PRIMARY) {
                throw Refusal.of(RuleId.PRIMARY_NO_DETACH, "INVALID_NIC_PRIMARY_CANT_DELETE", 409,
                        "vNIC " + nicId + " is the primary vNIC of instance " + vnic.instanceId()
                                + "; it is released with its instance");
            }
            if (vnic.isAttached()) {
                throw Refusal.of(RuleId.ELASTIC_LIFECYCLE, "INVALID_NIC_ATTACHED", 400, "vNIC "
                        + nicId + " is attached to instance " + vnic.instanceId()
                        + "; detach it before deleting");
            }
            Removal.deleteVnic(repos, vnic);
            return null;
        });
    }

    /** Attaches an elastic vNIC to an instance. */
    public Vnic attach(String nicId, String instanceId) {
        return context.store().write(repos -> {
            Vnic vnic = Lookups.vnic(repos, nicId);
            Instance instance = Lookups.instance(repos, instanceId);
            return Attachments.attach(repos, vnic, instance, context.now());
        });
    }

    /** Detaches an elastic vNIC; it keeps its whole identity (ELASTIC-IDENTITY). */
    public Vnic detach(String nicId) {
        return context.store().write(repos -> {
            Vnic vnic = Lookups.vnic(repos, nicId);
            if (vnic.kind() == VnicKind.PRIMARY) {
                throw Refusal.of(RuleId.PRIMARY_NO_DETACH, "INVALID_NIC_PRIMARY_CANT_DETACH", 409,
                        "vNIC " + nicId + " is the primary vNIC of instance " + vnic.instanceId()
                                + " and cannot be detached");
            }
            if (!vnic.isAttached()) {
                throw Refusal.conflict("OPERATION_DENIED_NIC_NOT_EXIST_INSTANCE",
                        "vNIC " + nicId + " is not attached to any instance");
            }
            Attachments.detach(repos, vnic, context.now());
            return Lookups.vnic(repos, nicId);
        });
    }

    /** Renames a vNIC or changes its security group; its subnet can never change. */
    public Vnic modify(Modify request) {
        return modify(request, null, null);
    }

    /**
     * Changes a vNIC's attributes in one transaction: name, security group, source/destination
     * check and rate limit (0 removes it); null leaves a value as it is. Its subnet never
     * changes (VNIC-SUBNET-FIXED).
     */
    public Vnic modify(Modify request, Boolean sourceDestCheck, Integer rateLimitMbps) {
        if (request.name() != null) {
            Names.withUnderscore("name", request.name());
        }
        if (rateLimitMbps != null && rateLimitMbps != 0) {
            checkRate(rateLimitMbps);
        }
        return context.store().write(repos -> {
            Vnic vnic = Lookups.vnic(repos, request.nicId());
            if (request.subnetId() != null && !request.subnetId().equals(vnic.subnetId())) {
                throw Refusal.ofField(RuleId.VNIC_SUBNET_FIXED, "OPERATION_DENIED_NIC_SUBNET_FIXED",
                        400, "subnetId", "vNIC " + vnic.id() + " is bound to subnet "
                                + vnic.subnetId() + " for life; create a vNIC in subnet "
                                + request.subnetId() + " instead");
            }
            if (request.securityGroupId() != null) {
                Lookups.securityGroup(repos, request.securityGroupId());
                repos.vnics().updateSecurityGroup(vnic.id(), request.securityGroupId(),
                        context.now());
            }
            if (request.name() != null) {
                repos.vnics().updateName(vnic.id(), request.name(), context.now());
            }
            if (sourceDestCheck != null) {
                repos.vnics().updateSourceDestCheck(vnic.id(), sourceDestCheck, context.now());
            }
            if (rateLimitMbps != null) {
                Integer limit = rateLimitMbps == 0 ? null : rateLimitMbps;
                repos.vnics().updateRateLimit(vnic.id(), limit, context.now());
                repos.fabric().setVfRateLimit(vnic.id(), limit);
            }
            return Lookups.vnic(repos, vnic.id());
        });
    }

    /**
     * Sets a vNIC's own transmit limit (VNIC-BOUNDARY); null removes it. The PF applies it to the
     * vNIC's VF (PF-PRIVATE).
     */
    public Vnic setRateLimit(String nicId, Integer mbps) {
        if (mbps != null) {
            checkRate(mbps);
        }
        return context.store().write(repos -> {
            Vnic vnic = Lookups.vnic(repos, nicId);
            repos.vnics().updateRateLimit(vnic.id(), mbps, context.now());
            repos.fabric().setVfRateLimit(vnic.id(), mbps);
            return Lookups.vnic(repos, vnic.id());
        });
    }

    private static void checkRate(int mbps) {
        if (mbps < 1 || mbps > 400_000) {
            throw Refusal.badParameter(mbps < 1 ? "INVALID_PARAMETER_LESS_MINIMUM"
                    : "INVALID_PARAMETER_EXCEED_MAXIMUM", "rateLimitMbps",
                    "rateLimitMbps must be between 1 and 400000, was " + mbps);
        }
    }

    /** Turns source/destination checking on or off for one vNIC (SRC-DST-CHECK). */
    public Vnic setSourceDestCheck(String nicId, boolean on) {
        return context.store().write(repos -> {
            Vnic vnic = Lookups.vnic(repos, nicId);
            repos.vnics().updateSourceDestCheck(vnic.id(), on, context.now());
            return Lookups.vnic(repos, vnic.id());
        });
    }
}
