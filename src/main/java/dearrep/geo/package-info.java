/**
 * Where a place is: ZIP codes and points to the districts that contain them.
 *
 * <p>The public face is small: {@link dearrep.geo.GeoBundle} opens the bundled (or a user's) geo
 * data; {@link dearrep.geo.ZipDirectory} finds a ZIP code's place and district candidates; {@link
 * dearrep.geo.DistrictMap} places a point in district boundaries ({@link
 * dearrep.geo.DistrictMap#place(Coordinates)}: every layer's {@link dearrep.geo.Placement}, with
 * the districts across a line when the point is near one); {@link dearrep.geo.UserBoundaries}
 * imports a user's council districts; {@link dearrep.geo.BoundaryCheck} reports the boundaries'
 * join to the people data; {@link dearrep.geo.GeoLayers} is the manifest of data layers with their
 * vintage and expiry; {@link dearrep.geo.Coordinates} parses user input. Failures are {@link
 * dearrep.geo.GeoException}s with a one-line message for the user. {@link dearrep.geo.GeoImport}
 * builds {@code data/geo/} from the upstream snapshots.
 */
package dearrep.geo;
