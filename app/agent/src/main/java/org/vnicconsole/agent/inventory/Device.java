package org.vnicconsole.agent.inventory;

import java.util.List;

/**
 * One network device as found, with its role. Immutable.
 *
 * @param name the interface name
 * @param role what the device is in the arrangements found
 * @param mac the current MAC
 * @param operState the operational state ({@code UP}, {@code DOWN}, ...)
 * @param flags the interface flags ({@code UP}, {@code LOWER_UP}, {@code SLAVE}, ...)
 * @param master the device this one is enslaved to; {@code Known.of("")} when read and none
 * @param driver the driver; {@code Known.of("")} for a virtual device, which has none
 * @param pciAddress the PCI function under the device
 * @param mtu the MTU
 * @param kind the rtnl link kind ({@code veth}, {@code bond}, ...); empty when read and none
 * @param slaveKind the kind of port this device is ({@code openvswitch_slave}, ...), when shown
 * @param promiscuity how many users asked for promiscuous mode
 * @param maxMtu the largest MTU the driver allows
 * @param txQueues the number of transmit queues
 * @param rxQueues the number of receive queues
 * @param altnames the device's alternative names
 * @param alias the device's alias ({@code ifalias})
 * @param speedMbps the link speed in Mbit/s, when the driver reports one
 * @param addresses the addresses; unknown when the input had none to show
 */
public record Device(
        String name,
        DeviceRole role,
        Known<String> mac,
        Known<String> operState,
        Known<List<String>> flags,
        Known<String> master,
        Known<String> driver,
        Known<String> pciAddress,
        Known<Integer> mtu,
        Known<String> kind,
        Known<String> slaveKind,
        Known<Integer> promiscuity,
        Known<Integer> maxMtu,
        Known<Integer> txQueues,
        Known<Integer> rxQueues,
        List<String> altnames,
        Known<String> alias,
        Known<Long> speedMbps,
        Known<List<IpAddress>> addresses) {

    public Device {
        altnames = List.copyOf(altnames);
    }
}
