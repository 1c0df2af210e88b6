#include "geo_data.h"

#include <math.h>
#include <stddef.h>

static const geo_city cities[] = {
    {"Amsterdam", "NL", "AMS-01", 52.3676, 4.9041, 11.0, "overcast", 87},
    {"Berlin", "DE", "BER-02", 52.5200, 13.4050, 9.5, "light rain", 78},
    {"Cairo", "EG", "CAI-01", 30.0444, 31.2357, 27.0, "sunny", 32},
    {"Kraków", "PL", "KRK-01", 50.0647, 19.9450, 7.0, "fog", 93},
    {"London", "GB", "LON-03", 51.5074, -0.1278, 12.5, "drizzle", 84},
    {"Madrid", "ES", "MAD-01", 40.4168, -3.7038, 19.0, "clear", 41},
    {"Nairobi", "KE", "NBO-01", -1.2921, 36.8219, 22.5, "scattered clouds", 58},
    {"New York", "US", "NYC-07", 40.7128, -74.0060, 15.0, "partly cloudy", 62},
    {"Oslo", "NO", "OSL-01", 59.9139, 10.7522, 3.5, "snow showers", 80},
    {"Paris", "FR", "PAR-01", 48.8566, 2.3522, 14.5, "light rain", 81},
    {"Reykjavík", "IS", "REK-01", 64.1466, -21.9426, 2.0, "strong wind", 76},
    {"São Paulo", "BR", "SAO-02", -23.5505, -46.6333, 24.0, "thunderstorms", 88},
    {"Sydney", "AU", "SYD-01", -33.8688, 151.2093, 21.0, "sunny", 55},
    {"Tokyo", "JP", "TYO-04", 35.6762, 139.6503, 18.5, "clear", 60},
    {"Zürich", "CH", "ZRH-01", 47.3769, 8.5417, 8.0, "cloudy", 74},
};

static int same_name(const char *a, const char *b) {
    for (; *a && *b; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;
        if (x != y) {
            return 0;
        }
    }
    return *a == *b;
}

const geo_city *geo_find_city(const char *name) {
    for (size_t i = 0; i < sizeof cities / sizeof cities[0]; i++) {
        if (same_name(cities[i].name, name)) {
            return &cities[i];
        }
    }
    return NULL;
}

double geo_distance_km(const geo_city *a, const geo_city *b) {
    const double radius = 6371.0088, to_radians = 3.14159265358979323846 / 180.0;
    double dlat = (b->latitude - a->latitude) * to_radians;
    double dlon = (b->longitude - a->longitude) * to_radians;
    double h = sin(dlat / 2) * sin(dlat / 2) +
               cos(a->latitude * to_radians) * cos(b->latitude * to_radians) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * radius * asin(sqrt(h < 1 ? h : 1));
}
