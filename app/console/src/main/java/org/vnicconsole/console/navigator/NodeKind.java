package org.vnicconsole.console.navigator;

/** What a navigator node stands for; decides its icon, its details and its actions. */
public enum NodeKind {
    REGION, VPC, SUBNET, VNIC, PRIVATE_IP, IPV6, ZONE, INSTANCE, GROUP, HOST, ADAPTER, VF, EIP
}
