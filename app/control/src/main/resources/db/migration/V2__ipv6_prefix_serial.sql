-- Subnets created through the API with IPv6 get a /64 from this serial.
INSERT INTO serial (name, next_value) VALUES ('ipv6', 1);
