{{/* Chart name, overridable. */}}
{{- define "screening.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 30 | trimSuffix "-" -}}
{{- end -}}

{{/* "<release>-<chart>" unless the release name already contains the chart name; at most 40 characters so suffixes fit a DNS label. */}}
{{- define "screening.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "screening.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Labels every object carries. */}}
{{- define "screening.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "screening.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: moneytrail-screening
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Selector labels of one component. Call with (dict "ctx" $ "component" "console"). */}}
{{- define "screening.selectorLabels" -}}
app.kubernetes.io/name: {{ include "screening.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* Name of the FlinkDeployment; the operator names the JobManager Deployment and the pods' "app" label after it. */}}
{{- define "screening.jobName" -}}
{{- printf "%s-job" (include "screening.fullname" .) -}}
{{- end -}}

{{/* image:tag with the chart appVersion as the default tag. Call with (dict "image" .Values.x.image "ctx" $). */}}
{{- define "screening.image" -}}
{{- printf "%s:%s" .image.repository (default .ctx.Chart.AppVersion .image.tag) -}}
{{- end -}}

{{/*
The topic catalogue: key in .Values.topics -> topic name and cleanup policy. Names mirror
schemas/src/main/java/dev/moneytrail/schemas/topics/Topics.java (a test keeps them equal);
screening.audit.v1 is the rule-governance audit trail.
*/}}
{{- define "screening.topicCatalogue" -}}
transactions: {name: screening.transactions.v1, cleanupPolicy: delete}
accounts: {name: screening.accounts.v1, cleanupPolicy: delete}
rules: {name: screening.rules.v1, cleanupPolicy: compact}
alerts: {name: screening.alerts.v1, cleanupPolicy: delete}
alertsShadow: {name: screening.alerts.shadow.v1, cleanupPolicy: delete}
deadLetters: {name: screening.deadletter.v1, cleanupPolicy: delete}
audit: {name: screening.audit.v1, cleanupPolicy: delete}
{{- end -}}

{{/* Memory size ("2048m", "2g") in mebibytes, for the 1g minimum check. */}}
{{- define "screening.mebibytes" -}}
{{- $v := lower . -}}
{{- if hasSuffix "g" $v -}}{{- mul (trimSuffix "g" $v | int) 1024 -}}
{{- else if hasSuffix "m" $v -}}{{- trimSuffix "m" $v | int -}}
{{- else -}}0{{- end -}}
{{- end -}}
