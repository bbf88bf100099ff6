namespace NewsApi.LineClassifierTraining;

/// <summary>L2-regularised logistic regression fitted by Newton's method on standardised features: no randomness, so the same data give the same weights.</summary>
internal static class LogisticRegression
{
    private const int MaxIterations = 50;

    /// <summary>Weights on the raw features, the intercept last.</summary>
    public static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<int> y, IReadOnlyList<double> sampleWeight, double l2)
    {
        var d = x[0].Length;
        var (mean, scale) = Standardisation(x);
        var w = new double[d + 1];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            var z = new double[d + 1];
            for (var n = 0; n < x.Count; n++)
            {
                for (var j = 0; j < d; j++)
                {
                    z[j] = (x[n][j] - mean[j]) / scale[j];
                }
                z[d] = 1;
                var p = Logistic(Dot(w, z));
                var r = sampleWeight[n] * (p - y[n]);
                var h = sampleWeight[n] * p * (1 - p);
                for (var j = 0; j <= d; j++)
                {
                    gradient[j] += r * z[j];
                    if (z[j] == 0)
                    {
                        continue;
                    }
                    for (var k = 0; k <= j; k++)
                    {
                        hessian[j, k] += h * z[j] * z[k];
                    }
                }
            }
            // The intercept is not shrunk.
            for (var j = 0; j < d; j++)
            {
                gradient[j] += l2 * w[j];
                hessian[j, j] += l2;
            }
            hessian[d, d] += 1e-9;
            for (var j = 0; j <= d; j++)
            {
                for (var k = j + 1; k <= d; k++)
                {
                    hessian[j, k] = hessian[k, j];
                }
            }
            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var j = 0; j <= d; j++)
            {
                w[j] -= step[j];
                change = Math.Max(change, Math.Abs(step[j]));
            }
            if (change < 1e-8)
            {
                break;
            }
        }

        // Back to the raw features, so the parser needs no standardisation step.
        var raw = new double[d + 1];
        raw[d] = w[d];
        for (var j = 0; j < d; j++)
        {
            raw[j] = w[j] / scale[j];
            raw[d] -= w[j] * mean[j] / scale[j];
        }
        return raw;
    }

    public static double Predict(double[] weights, double[] x) => Logistic(Score(weights, x));

    public static double Score(double[] weights, double[] x)
    {
        var sum = weights[^1];
        for (var j = 0; j < x.Length; j++)
        {
            sum += weights[j] * x[j];
        }
        return sum;
    }

    private static (double[] Mean, double[] Scale) Standardisation(IReadOnlyList<double[]> x)
    {
        var d = x[0].Length;
        var mean = new double[d];
        var scale = new double[d];
        foreach (var row in x)
        {
            for (var j = 0; j < d; j++)
            {
                mean[j] += row[j] / x.Count;
            }
        }
        foreach (var row in x)
        {
            for (var j = 0; j < d; j++)
            {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.Count;
            }
        }
        for (var j = 0; j < d; j++)
        {
            // A constant feature keeps weight 0 rather than dividing by zero.
            scale[j] = scale[j] > 1e-12 ? Math.Sqrt(scale[j]) : 1;
        }
        return (mean, scale);
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Cholesky solve of a symmetric positive definite system.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }
                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j, j];
            }
        }
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * y[k];
            }
            y[i] = sum / l[i, i];
        }
        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= l[k, i] * x[k];
            }
            x[i] = sum / l[i, i];
        }
        return x;
    }
}
