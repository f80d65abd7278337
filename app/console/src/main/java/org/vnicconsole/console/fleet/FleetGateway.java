package org.vnicconsole.console.fleet;

import java.util.List;

/**
 * What the view models need from the control API, in their own terms: one read of the whole
 * fleet and one method per action. Every method blocks on the network, so view models call it
 * only through the task runner. Refusals come as {@code ApiException} with the server's code,
 * message and rule. Implementations must be thread-safe.
 */
public interface FleetGateway {

    /** Reads the fleet. */
    FleetSnapshot load();

    /** Where the gateway sends its calls, for the title bar: {@code http://127.0.0.1:8765}. */
    String endpoint();

    /** Creates an elastic vNIC in a subnet and returns its id. */
    String createVnic(String subnetId, String name, String securityGroupId);

    /** Deletes a detached elastic vNIC. */
    void deleteVnic(String nicId);

    /** Attaches a vNIC to an instance. */
    void attachVnic(String nicId, String instanceId);

    /** Detaches an elastic vNIC. */
    void detachVnic(String nicId);

    /** Assigns secondary IPv4s by count (when {@code addresses} is empty) or by address. */
    List<String> assignIpv4(String nicId, int count, List<String> addresses);

    /** Unassigns secondary IPv4s. */
    void unassignIpv4(String nicId, List<String> addresses);

    /** Gives the vNIC its one IPv6 address; cannot be undone (IPV6-ONE-WAY). */
    void enableIpv6(String nicId);

    /** Asks to remove the vNIC's IPv6; the control plane refuses it (IPV6-ONE-WAY). */
    void disableIpv6(String nicId);

    /** Binds an EIP to one private IPv4 of a vNIC, in {@code FullNat} or {@code Passthrough}. */
    void bindEip(String eipId, String nicId, String privateIp, String bindType);

    /** Unbinds an EIP. */
    void unbindEip(String eipId);

    /** Changes a bound EIP's forwarding mode. */
    void changeEipMode(String eipId, String bindType);

    /** Replaces a vNIC's security group. */
    void setSecurityGroup(String nicId, String securityGroupId);

    /** Turns a vNIC's source/destination check on or off (SRC-DST-CHECK). */
    void setSourceDestCheck(String nicId, boolean enabled);

    /** Sets a vNIC's own rate limit in Mbps; 0 for none (VNIC-BOUNDARY). */
    void setRateLimit(String nicId, int mbps);

    /** Renames a vNIC. */
    void renameVnic(String nicId, String name);

    /** Turns the instance's IP forwarding on (source/destination check off) or off. */
    void setIpForwarding(String instanceId, boolean forwarding);

    /** Launches one instance with its primary vNIC and returns its id. */
    String launchInstance(String zoneId, String subnetId, String instanceType, String name);

    /** Resizes an instance. */
    void resizeInstance(String instanceId, String instanceType);

    /** Releases an instance; its elastic vNICs are kept unless {@code withElastic}. */
    void releaseInstance(String instanceId, boolean withElastic);
}
