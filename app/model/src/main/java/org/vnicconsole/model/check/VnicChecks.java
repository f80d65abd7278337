package org.vnicconsole.model.check;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.vnicconsole.model.capacity.InstanceCaps;
import org.vnicconsole.model.rules.RuleId;

/**
 * The rules of RULES.md as pure checks over plain facts, for a client to predict a refusal
 * before it sends a request: attach (VNIC-ONE-INSTANCE, VNIC-ATTACH-SCOPE, CAP-VNICS,
 * CAP-ATTACH-FIT), detach and delete (PRIMARY-NO-DETACH, ELASTIC-LIFECYCLE), IPv4 (CAP-IPV4),
 * IPv6 (IPV6-ONE, IPV6-ONE-WAY), EIPs (EIP-TO-PRIVATE-IP, EIP-ONE-MODE) and resize
 * (CAP-RESIZE). The checks need only what a Describe reply shows; the server checks more (free
 * VFs, the zone a vNIC was first attached in). Stateless.
 */
public final class VnicChecks {

    private VnicChecks() {
    }

    /** The facts of an attach: the vNIC's placement and load, and the instance's. */
    public record AttachFacts(
            String nicId,
            String nicAttachedTo,
            String nicRegion,
            String nicVpc,
            int nicIpv4Held,
            String instanceId,
            String instanceRegion,
            String instanceVpc,
            int instanceVnicsAttached,
            InstanceCaps instanceCaps) {
    }

    /** Predicts the refusal of an attach, if any, in the server's order. */
    public static Optional<Verdict> attach(AttachFacts facts) {
        if (facts.nicAttachedTo() != null) {
            return refuse(RuleId.VNIC_ONE_INSTANCE, "vNIC " + facts.nicId()
                    + " is already attached to instance " + facts.nicAttachedTo()
                    + "; detach it first.");
        }
        if (!Objects.equals(facts.nicRegion(), facts.instanceRegion())) {
            return refuse(RuleId.VNIC_ATTACH_SCOPE, "vNIC " + facts.nicId() + " is in region "
                    + facts.nicRegion() + " but instance " + facts.instanceId() + " is in region "
                    + facts.instanceRegion() + ".");
        }
        if (!Objects.equals(facts.nicVpc(), facts.instanceVpc())) {
            return refuse(RuleId.VNIC_ATTACH_SCOPE, "vNIC " + facts.nicId() + " is in VPC "
                    + facts.nicVpc() + " but instance " + facts.instanceId() + " is in VPC "
                    + facts.instanceVpc() + ".");
        }
        InstanceCaps caps = facts.instanceCaps();
        if (facts.instanceVnicsAttached() >= caps.maxVnics()) {
            return refuse(RuleId.CAP_VNICS, "Instance " + facts.instanceId() + " ("
                    + caps.vcpus() + " vCPU) already has " + facts.instanceVnicsAttached()
                    + " of " + caps.maxVnics() + " vNICs attached.");
        }
        if (facts.nicIpv4Held() > caps.ipv4PerVnic()) {
            return refuse(RuleId.CAP_ATTACH_FIT, "vNIC " + facts.nicId() + " holds "
                    + facts.nicIpv4Held() + " private IPv4 addresses but instance "
                    + facts.instanceId() + " allows " + caps.ipv4PerVnic() + " per vNIC.");
        }
        return Optional.empty();
    }

    /** Predicts the refusal of a detach. */
    public static Optional<Verdict> detach(String nicId, boolean primary, boolean attached) {
        if (primary) {
            return refuse(RuleId.PRIMARY_NO_DETACH, "vNIC " + nicId + " is its instance's "
                    + "primary vNIC and cannot be detached.");
        }
        if (!attached) {
            return refuse(RuleId.ELASTIC_LIFECYCLE, "vNIC " + nicId + " is not attached.");
        }
        return Optional.empty();
    }

    /** Predicts the refusal of a delete. */
    public static Optional<Verdict> delete(String nicId, boolean primary, boolean attached) {
        if (primary) {
            return refuse(RuleId.PRIMARY_NO_DETACH, "vNIC " + nicId + " is a primary vNIC; it "
                    + "is released with its instance, never on its own.");
        }
        if (attached) {
            return refuse(RuleId.ELASTIC_LIFECYCLE, "vNIC " + nicId + " is attached; detach "
                    + "it before deleting it.");
        }
        return Optional.empty();
    }

    /** Predicts the refusal of assigning {@code adding} IPv4s to a vNIC holding {@code held}. */
    public static Optional<Verdict> assignIpv4(String nicId, int held, int adding, int cap) {
        if (held + adding > cap) {
            return refuse(RuleId.CAP_IPV4, "vNIC " + nicId + " holds " + held + " of " + cap
                    + " private IPv4 addresses; " + adding + " more would make " + (held + adding)
                    + ". Nothing is assigned.");
        }
        return Optional.empty();
    }

    /** Predicts the refusal of enabling IPv6 on a vNIC. */
    public static Optional<Verdict> enableIpv6(String nicId, boolean subnetHasIpv6,
            boolean enabled) {
        if (enabled) {
            return refuse(RuleId.IPV6_ONE, "vNIC " + nicId + " already has its one IPv6 address.");
        }
        if (!subnetHasIpv6) {
            return refuse(RuleId.IPV6_ONE, "The subnet of vNIC " + nicId + " has no IPv6.");
        }
        return Optional.empty();
    }

    /** Removing IPv6 is always refused by the control plane. */
    public static Optional<Verdict> disableIpv6(String nicId) {
        return refuse(RuleId.IPV6_ONE_WAY, "IPv6 cannot be turned off on vNIC " + nicId
                + " once enabled; replace the vNIC instead.");
    }

    /**
     * Predicts the refusal of binding an EIP in {@code mode} to a private IP of a vNIC.
     *
     * @param modesOnNic the modes of the EIPs already bound on the vNIC
     * @param ipHasEip whether that private IP already has an EIP
     */
    public static Optional<Verdict> bindEip(String nicId, String privateIp, String mode,
            Collection<String> modesOnNic, boolean ipHasEip) {
        if (ipHasEip) {
            return refuse(RuleId.EIP_TO_PRIVATE_IP, "Private IP " + privateIp + " of vNIC "
                    + nicId + " already has an EIP.");
        }
        return mixed(nicId, mode, modesOnNic);
    }

    /** Predicts the refusal of changing one EIP's mode; {@code otherModes} of the others. */
    public static Optional<Verdict> changeEipMode(String nicId, String mode,
            Collection<String> otherModes) {
        return mixed(nicId, mode, otherModes);
    }

    /**
     * Predicts the refusal of resizing an instance to {@code target} caps.
     *
     * @param vnics the vNICs attached now
     * @param mostIpv4 the most private IPv4s any of them holds
     */
    public static Optional<Verdict> resize(String instanceId, int vnics, int mostIpv4,
            InstanceCaps target) {
        if (vnics > target.maxVnics()) {
            return refuse(RuleId.CAP_RESIZE, "Instance " + instanceId + " has " + vnics
                    + " vNICs attached; " + target.vcpus() + " vCPUs allow " + target.maxVnics()
                    + ".");
        }
        if (mostIpv4 > target.ipv4PerVnic()) {
            return refuse(RuleId.CAP_RESIZE, "A vNIC of instance " + instanceId + " holds "
                    + mostIpv4 + " private IPv4s; " + target.vcpus() + " vCPUs allow "
                    + target.ipv4PerVnic() + " per vNIC.");
        }
        return Optional.empty();
    }

    private static Optional<Verdict> mixed(String nicId, String mode, Collection<String> modes) {
        for (String other : modes) {
            if (!other.equals(mode)) {
                return refuse(RuleId.EIP_ONE_MODE, "vNIC " + nicId + " has an EIP in "
                        + words(other) + " mode; all EIPs on one vNIC use one mode, so a "
                        + words(mode) + " EIP cannot join it.");
            }
        }
        return Optional.empty();
    }

    private static String words(String wireMode) {
        return switch (wireMode) {
            case "FullNat" -> "Standard (FullNat)";
            case "Passthrough" -> "Bypass (Passthrough)";
            default -> wireMode;
        };
    }

    private static Optional<Verdict> refuse(RuleId rule, String reason) {
        return Optional.of(new Verdict(rule, reason));
    }
}
