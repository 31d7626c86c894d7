{
  "className": "Query",
  "version": "7",
  "target": "inventory_log",
  "type": "count",
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "5bc3f756-2a9a-491e-9f61-62fa646ee6ac",
    "chainParentSerial": "c825e27b-c78f-4d6a-bc89-5a990f1126d8",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "ai",
      "id": "ai-shopassist",
      "collectionPermissions": {
        "products": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search",
            "searchOne",
            "updateOne"
          ]
        },
        "orders": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search",
            "searchOne",
            "count",
            "updateOne"
          ]
        },
        "inventory_log": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search"
          ]
        }
      },
      "context": {
        "model": "shopassist-llm-2025-02",
        "vendor": "in-house",
        "guardrails": [
          "no-delete",
          "human-approval-for-prices"
        ]
      },
      "name": "ShopAssist",
      "email": null,
      "createdAt": "2025-01-10T02:00:00.431000+00:00",
      "updatedAt": "2025-02-27T09:15:00.012000+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": null
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T23:31:18.346039+00:00",
          "location": "AgentRuntime/shopassist-2",
          "context": {
            "runtime": "llm-worker-3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-16T23:31:18.430325+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Count stock movements",
    "why": "Stock movement volume is a proxy for warehouse workload next week.",
    "from": "ShopAssist agent (llm-worker-3)",
    "context": {
      "runId": "ddc2d8c6-6040-4b35-92d3-bfeca1d4b5ba"
    },
    "confidenceScore": 0.87
  }
}