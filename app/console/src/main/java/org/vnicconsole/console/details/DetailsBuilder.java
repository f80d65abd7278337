package org.vnicconsole.console.details;

import java.util.List;
import org.vnicconsole.console.fleet.FleetIndex;
import org.vnicconsole.console.navigator.NodeRef;

/** Builds the {@link Details} of one object, by kind. Pure. */
final class DetailsBuilder {

    private DetailsBuilder() {
    }

    static Details build(FleetIndex index, NodeRef ref) {
        Details details = switch (ref.kind()) {
            case VNIC -> TenancyDetails.nic(index, ref);
            case PRIVATE_IP, IPV6 -> TenancyDetails.address(index, ref);
            case INSTANCE -> TenancyDetails.instance(index, ref);
            case SUBNET -> TenancyDetails.subnet(index, ref);
            case VPC -> TenancyDetails.vpc(index, ref);
            case EIP -> TenancyDetails.eip(index, ref);
            case HOST -> FabricDetails.host(index, ref);
            case ADAPTER -> FabricDetails.adapter(index, ref);
            case VF -> FabricDetails.vf(index, ref);
            case REGION, ZONE, GROUP -> null;
        };
        if (details != null) {
            return details;
        }
        return new Details(ref, ref.id(), kindWords(ref), List.of(
                new Details.Property("Id", ref.id(), true)), List.of(), List.of());
    }

    static String kindWords(NodeRef ref) {
        return switch (ref.kind()) {
            case REGION -> "Region";
            case ZONE -> "Zone";
            case GROUP -> "Group";
            default -> ref.kind().name();
        };
    }

    /** A value as shown: an em dash for what the API left out. */
    static String text(Object value) {
        return value == null ? "—" : value.toString();
    }

    /** A details record for an object the snapshot no longer holds. */
    static Details gone(NodeRef ref) {
        return new Details(ref, ref.id(), "Not in the latest refresh (deleted or moved).",
                List.of(new Details.Property("Id", ref.id(), true)), List.of(), List.of());
    }
}
