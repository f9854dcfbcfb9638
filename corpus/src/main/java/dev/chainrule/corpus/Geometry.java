package dev.chainrule.corpus;

import dev.chainrule.Differentiable;

/** Distances, angles, areas and rotations of points in the plane and in space. */
public final class Geometry {

    /** Mean Earth radius in kilometres. */
    static final double EARTH_RADIUS_KM = 6371.0;

    private Geometry() {
    }

    @Differentiable
    public static double distance2d(double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        return Math.sqrt(dx * dx + dy * dy);
    }

    @Differentiable
    public static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    @Differentiable
    public static double manhattanDistance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs(a[i] - b[i]);
        }
        return s;
    }

    @Differentiable
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** The angle between two vectors, in radians. */
    @Differentiable
    public static double angleBetween(double[] a, double[] b) {
        double cos = dot(a, b) / (norm(a) * norm(b));
        return Math.acos(Math.max(-1, Math.min(1, cos)));
    }

    /** The signed angle from {@code (x1, y1)} to {@code (x2, y2)}, in (-π, π]. */
    @Differentiable
    public static double signedAngle(double x1, double y1, double x2, double y2) {
        return Math.atan2(x1 * y2 - y1 * x2, x1 * x2 + y1 * y2);
    }

    /** Heron's formula. */
    @Differentiable
    public static double triangleArea(double a, double b, double c) {
        double s = (a + b + c) / 2;
        return Math.sqrt(s * (s - a) * (s - b) * (s - c));
    }

    /** The area of a simple polygon by the shoelace formula; vertices as {@code xs[i], ys[i]}. */
    @Differentiable
    public static double polygonArea(double[] xs, double[] ys) {
        int n = xs.length;
        double twice = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            twice += xs[i] * ys[j] - xs[j] * ys[i];
        }
        return Math.abs(twice) / 2;
    }

    @Differentiable
    public static double polygonPerimeter(double[] xs, double[] ys) {
        double perimeter = 0;
        for (int i = 0; i < xs.length; i++) {
            int j = i == xs.length - 1 ? 0 : i + 1;
            perimeter += Math.hypot(xs[j] - xs[i], ys[j] - ys[i]);
        }
        return perimeter;
    }

    @Differentiable
    public static double[] rotate2d(double[] point, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new double[] {c * point[0] - s * point[1], s * point[0] + c * point[1]};
    }

    @Differentiable
    public static double[] cross(double[] a, double[] b) {
        double[] c = new double[3];
        c[0] = a[1] * b[2] - a[2] * b[1];
        c[1] = a[2] * b[0] - a[0] * b[2];
        c[2] = a[0] * b[1] - a[1] * b[0];
        return c;
    }

    /** Rotates {@code v} about the unit {@code axis} by {@code angle} (Rodrigues' formula). */
    @Differentiable
    public static double[] rotateAboutAxis(double[] v, double[] axis, double angle) {
        double n = norm(axis);
        double[] k = new double[3];
        for (int i = 0; i < 3; i++) {
            k[i] = axis[i] / n;
        }
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double kv = dot(k, v);
        double[] kxv = cross(k, v);
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = v[i] * c + kxv[i] * s + k[i] * kv * (1 - c);
        }
        return out;
    }

    /** Rotates the point by the Euler angles z-y-x (yaw, pitch, roll) through a 3 × 3 matrix. */
    @Differentiable
    public static double[] rotateEuler(double[] p, double yaw, double pitch, double roll) {
        double cz = Math.cos(yaw), sz = Math.sin(yaw);
        double cy = Math.cos(pitch), sy = Math.sin(pitch);
        double cx = Math.cos(roll), sx = Math.sin(roll);
        double[][] r = new double[3][3];
        r[0][0] = cz * cy;
        r[0][1] = cz * sy * sx - sz * cx;
        r[0][2] = cz * sy * cx + sz * sx;
        r[1][0] = sz * cy;
        r[1][1] = sz * sy * sx + cz * cx;
        r[1][2] = sz * sy * cx - cz * sx;
        r[2][0] = -sy;
        r[2][1] = cy * sx;
        r[2][2] = cy * cx;
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i] += r[i][j] * p[j];
            }
        }
        return out;
    }

    @Differentiable
    public static double[] normalize(double[] v) {
        double n = norm(v);
        double[] u = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] / n;
        }
        return u;
    }

    /** Distance from point {@code p} to the segment from {@code a} to {@code b}, in the plane. */
    @Differentiable
    public static double pointSegmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double abx = bx - ax, aby = by - ay;
        double t = ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby);
        if (t < 0) {
            t = 0;
        } else if (t > 1) {
            t = 1;
        }
        double cx = ax + t * abx;
        double cy = ay + t * aby;
        return Math.hypot(px - cx, py - cy);
    }

    /** Great-circle distance in kilometres between two points given in degrees. */
    @Differentiable
    public static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** Barycentric coordinates of {@code (px, py)} in the triangle with corners {@code xs, ys}. */
    @Differentiable
    public static double[] barycentric(double px, double py, double[] xs, double[] ys) {
        double det = (ys[1] - ys[2]) * (xs[0] - xs[2]) + (xs[2] - xs[1]) * (ys[0] - ys[2]);
        double l1 = ((ys[1] - ys[2]) * (px - xs[2]) + (xs[2] - xs[1]) * (py - ys[2])) / det;
        double l2 = ((ys[2] - ys[0]) * (px - xs[2]) + (xs[0] - xs[2]) * (py - ys[2])) / det;
        return new double[] {l1, l2, 1 - l1 - l2};
    }

    @Differentiable
    public static double[] sphericalToCartesian(double r, double theta, double phi) {
        double sinTheta = Math.sin(theta);
        return new double[] {r * sinTheta * Math.cos(phi), r * sinTheta * Math.sin(phi), r * Math.cos(theta)};
    }

    @Differentiable
    public static double[] centroid(double[] xs, double[] ys) {
        double cx = 0, cy = 0;
        for (int i = 0; i < xs.length; i++) {
            cx += xs[i];
            cy += ys[i];
        }
        return new double[] {cx / xs.length, cy / ys.length};
    }

    /** The radius of the circle through three points (the circumradius). */
    @Differentiable
    public static double circumradius(double[] a, double[] b, double[] c) {
        double ab = distance(a, b);
        double bc = distance(b, c);
        double ca = distance(c, a);
        return ab * bc * ca / (4 * triangleArea(ab, bc, ca));
    }

    /** The volume of the tetrahedron with one corner at {@code a}: a sixth of the triple product. */
    @Differentiable
    public static double tetrahedronVolume(double[] a, double[] b, double[] c, double[] d) {
        double[] u = new double[3];
        double[] v = new double[3];
        double[] w = new double[3];
        for (int i = 0; i < 3; i++) {
            u[i] = b[i] - a[i];
            v[i] = c[i] - a[i];
            w[i] = d[i] - a[i];
        }
        double[] vxw = cross(v, w);
        return Math.abs(dot(u, vxw)) / 6;
    }
}
