-- vNIC Console store, version 1. Portable SQL (H2 and PostgreSQL): every invariant that a race
-- or a crash could break is also a constraint here.

CREATE TABLE region (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(128) NOT NULL
);

CREATE TABLE zone (
    id          VARCHAR(64)  PRIMARY KEY,
    region_id   VARCHAR(64)  NOT NULL REFERENCES region (id),
    name        VARCHAR(128) NOT NULL,
    city        VARCHAR(128)
);

CREATE TABLE vpc (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(63)  NOT NULL,
    cidr        VARCHAR(18)  NOT NULL,
    mtu         INT          NOT NULL CHECK (mtu IN (1300, 1500, 9000)),
    created_at  TIMESTAMP    NOT NULL
);

CREATE TABLE security_group (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    is_default  BOOLEAN      NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);

CREATE TABLE subnet (
    id           VARCHAR(64)  PRIMARY KEY,
    vpc_id       VARCHAR(64)  NOT NULL REFERENCES vpc (id),
    region_id    VARCHAR(64)  NOT NULL REFERENCES region (id),
    name         VARCHAR(63)  NOT NULL,
    cidr         VARCHAR(18)  NOT NULL,
    network_num  BIGINT       NOT NULL,
    broadcast_num BIGINT      NOT NULL,
    ipv6_prefix  VARCHAR(64),
    ipv6_type    VARCHAR(8)   CHECK (ipv6_type IN ('Private', 'Public')),
    created_at   TIMESTAMP    NOT NULL
);

CREATE TABLE host (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(128) NOT NULL UNIQUE,
    zone_id     VARCHAR(64)  NOT NULL REFERENCES zone (id),
    vcpu_total  INT          NOT NULL CHECK (vcpu_total > 0),
    memory_gib  INT          NOT NULL CHECK (memory_gib > 0)
);

CREATE TABLE adapter (
    id            VARCHAR(64)  PRIMARY KEY,
    host_id       VARCHAR(64)  NOT NULL REFERENCES host (id),
    name          VARCHAR(64)  NOT NULL,
    pci_address   VARCHAR(32)  NOT NULL,
    driver        VARCHAR(64)  NOT NULL,
    model         VARCHAR(128) NOT NULL,
    total_vfs     INT          NOT NULL CHECK (total_vfs >= 0 AND total_vfs <= 4096),
    total_queues  INT          NOT NULL CHECK (total_queues >= 0),
    CONSTRAINT adapter_pci_unique UNIQUE (host_id, pci_address)
);

CREATE TABLE instance (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(63)  NOT NULL,
    family      VARCHAR(8)   NOT NULL,
    vcpus       INT          NOT NULL CHECK (vcpus > 0),
    memory_gib  INT          NOT NULL CHECK (memory_gib > 0),
    zone_id     VARCHAR(64)  NOT NULL REFERENCES zone (id),
    host_id     VARCHAR(64)  NOT NULL REFERENCES host (id),
    subnet_id   VARCHAR(64)  NOT NULL REFERENCES subnet (id),
    image_id    VARCHAR(64)  NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    ip_forward  BOOLEAN      NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);

CREATE TABLE vnic (
    id                 VARCHAR(64)  PRIMARY KEY,
    name               VARCHAR(63)  NOT NULL,
    kind               VARCHAR(8)   NOT NULL CHECK (kind IN ('PRIMARY', 'ELASTIC')),
    subnet_id          VARCHAR(64)  NOT NULL REFERENCES subnet (id),
    mac_address        VARCHAR(17)  NOT NULL,
    instance_id        VARCHAR(64)  REFERENCES instance (id),
    device_index       INT,
    zone_id            VARCHAR(64)  REFERENCES zone (id),
    security_group_id  VARCHAR(64)  NOT NULL REFERENCES security_group (id),
    source_dest_check  BOOLEAN      NOT NULL,
    rate_limit_mbps    INT          CHECK (rate_limit_mbps > 0),
    queue_count        INT          CHECK (queue_count > 0),
    ipv6_slot          BIGINT       CHECK (ipv6_slot > 0),
    ipv6_address       VARCHAR(64),
    ipv6_cidr          VARCHAR(64),
    created_at         TIMESTAMP    NOT NULL,
    updated_at         TIMESTAMP    NOT NULL,
    CONSTRAINT vnic_mac_unique UNIQUE (mac_address),
    CONSTRAINT vnic_slot_unique UNIQUE (instance_id, device_index),
    CONSTRAINT vnic_ipv6_unique UNIQUE (subnet_id, ipv6_slot),
    CONSTRAINT vnic_attached_whole CHECK (
        (instance_id IS NULL AND device_index IS NULL AND queue_count IS NULL)
        OR (instance_id IS NOT NULL AND device_index IS NOT NULL AND queue_count IS NOT NULL))
);

CREATE TABLE vf (
    adapter_id       VARCHAR(64)  NOT NULL REFERENCES adapter (id),
    vf_index         INT          NOT NULL CHECK (vf_index >= 0),
    pci_address      VARCHAR(32)  NOT NULL,
    mac_address      VARCHAR(17),
    vlan             INT          CHECK (vlan BETWEEN 1 AND 4094),
    rate_limit_mbps  INT          CHECK (rate_limit_mbps > 0),
    spoof_check      BOOLEAN      NOT NULL,
    trust            BOOLEAN      NOT NULL,
    link_state       VARCHAR(8)   NOT NULL CHECK (link_state IN ('auto', 'enable', 'disable')),
    vnic_id          VARCHAR(64)  REFERENCES vnic (id),
    PRIMARY KEY (adapter_id, vf_index),
    CONSTRAINT vf_one_holder UNIQUE (vnic_id)
);

CREATE TABLE private_ip (
    subnet_id       VARCHAR(64)  NOT NULL REFERENCES subnet (id),
    address_num     BIGINT       NOT NULL,
    address         VARCHAR(15)  NOT NULL,
    vnic_id         VARCHAR(64)  NOT NULL REFERENCES vnic (id),
    primary_of      VARCHAR(64)  REFERENCES vnic (id),
    assigned_seq    BIGINT       NOT NULL,
    PRIMARY KEY (subnet_id, address_num),
    CONSTRAINT private_ip_one_primary UNIQUE (primary_of),
    CONSTRAINT private_ip_primary_own CHECK (primary_of IS NULL OR primary_of = vnic_id)
);

CREATE INDEX private_ip_by_vnic ON private_ip (vnic_id);

CREATE TABLE eip (
    id                 VARCHAR(64)  PRIMARY KEY,
    name               VARCHAR(63)  NOT NULL,
    region_id          VARCHAR(64)  NOT NULL REFERENCES region (id),
    address            VARCHAR(15)  NOT NULL,
    bind_type          VARCHAR(16)  NOT NULL CHECK (bind_type IN ('STANDARD', 'BYPASS')),
    bound_subnet_id    VARCHAR(64),
    bound_address_num  BIGINT,
    bound_vnic_id      VARCHAR(64)  REFERENCES vnic (id),
    created_at         TIMESTAMP    NOT NULL,
    CONSTRAINT eip_address_unique UNIQUE (address),
    CONSTRAINT eip_private_ip_once UNIQUE (bound_subnet_id, bound_address_num),
    CONSTRAINT eip_bound_target FOREIGN KEY (bound_subnet_id, bound_address_num)
        REFERENCES private_ip (subnet_id, address_num),
    CONSTRAINT eip_bound_whole CHECK (
        (bound_subnet_id IS NULL AND bound_address_num IS NULL AND bound_vnic_id IS NULL)
        OR (bound_subnet_id IS NOT NULL AND bound_address_num IS NOT NULL
            AND bound_vnic_id IS NOT NULL))
);

CREATE TABLE migration (
    id              VARCHAR(64)  PRIMARY KEY,
    instance_id     VARCHAR(64)  NOT NULL,
    source_host_id  VARCHAR(64)  NOT NULL REFERENCES host (id),
    target_host_id  VARCHAR(64)  NOT NULL REFERENCES host (id),
    state           VARCHAR(16)  NOT NULL,
    detail          VARCHAR(1000),
    started_at      TIMESTAMP    NOT NULL,
    finished_at     TIMESTAMP
);

CREATE TABLE migration_step (
    migration_id  VARCHAR(64)  NOT NULL REFERENCES migration (id),
    seq           INT          NOT NULL,
    vnic_id       VARCHAR(64),
    phase         VARCHAR(32)  NOT NULL,
    detail        VARCHAR(500),
    at            TIMESTAMP    NOT NULL,
    PRIMARY KEY (migration_id, seq)
);

CREATE TABLE serial (
    name        VARCHAR(32)  PRIMARY KEY,
    next_value  BIGINT       NOT NULL
);

INSERT INTO serial (name, next_value) VALUES ('mac', 1);
INSERT INTO serial (name, next_value) VALUES ('ip', 1);

CREATE TABLE eip_pool (
    region_id   VARCHAR(64)  PRIMARY KEY REFERENCES region (id),
    cidr        VARCHAR(18)  NOT NULL,
    first_num   BIGINT       NOT NULL,
    last_num    BIGINT       NOT NULL
);
