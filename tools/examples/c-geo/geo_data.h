/* geo_data.h: the example's built-in city table and great-circle distances. */
#ifndef GEO_DATA_H
#define GEO_DATA_H

/** A city with the current reading of its (simulated) weather station. */
typedef struct geo_city {
    const char *name;       /* UTF-8, as displayed */
    const char *country;    /* ISO 3166-1 alpha-2 */
    const char *station;    /* the weather station's code */
    double latitude;        /* degrees north */
    double longitude;       /* degrees east */
    double temperature_c;
    const char *conditions;
    int humidity_pct;
} geo_city;

/** The city named `name` (ASCII letters compared without case), or NULL. */
const geo_city *geo_find_city(const char *name);

/** Great-circle distance in kilometres (haversine, mean Earth radius 6371.0088 km). */
double geo_distance_km(const geo_city *a, const geo_city *b);

#endif
