/**
 * The U.S. Census Geocoder, online: a street address to its matched address, its point and the
 * districts the Census places it in. The only package of dearrep that talks to a service, and only
 * when a user asks for it ({@code lookup --address}, {@code batch --geocode census}).
 *
 * <p>The public face: {@link dearrep.geocode.CensusGeocoder} asks (one address, or a batch of
 * them); {@link dearrep.geocode.GeocoderSettings} says where, how long to wait, on which day (the
 * day picks the {@link dearrep.geocode.CensusVintage} of the lines) and whether going online is
 * allowed at all; {@link dearrep.geocode.AddressMatch} is what came back; {@link
 * dearrep.geocode.AddressText} tells an address from a district query and finds the ZIP code in it.
 * Failures to reach the service are {@link dearrep.geocode.GeocoderException}s with a one-line
 * message. Reading the answers is package-private.
 */
package dearrep.geocode;
