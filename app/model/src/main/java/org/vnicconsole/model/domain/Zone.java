package org.vnicconsole.model.domain;

/** A zone inside a region: where hosts stand and instances run. */
public record Zone(String id, String regionId, String name, String city) {
}
