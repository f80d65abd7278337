package org.vnicconsole.model.domain;

/** A region: the scope of VPC reach, EIPs and MAC uniqueness. */
public record Region(String id, String name) {
}
