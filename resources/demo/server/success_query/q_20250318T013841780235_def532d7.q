{
  "className": "Query",
  "version": "7",
  "target": "orders",
  "type": "updateOne",
  "overrideData": {
    "reviewFlag": true,
    "riskScore": 0.91
  },
  "queryNode": {
    "type": "and_",
    "conditions": [
      {
        "type": "equals_",
        "field": "id",
        "value": 125,
        "vType": "auto_",
        "version": "2"
      },
      {
        "type": "in_",
        "field": "status",
        "values": [
          "pending",
          "paid"
        ],
        "version": "1"
      }
    ],
    "version": "1"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "2837bf18-0330-4bc6-aa19-0759928af4c4",
    "chainParentSerial": "3408bf93-cd08-4e83-8774-64acd96e8cd0",
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
          "timestamp": "2025-03-18T01:38:41.691118+00:00",
          "location": "AgentRuntime/shopassist-2",
          "context": {
            "runtime": "llm-worker-3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-18T01:38:41.747767+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Flag order #125 for manual review",
    "why": "Order value is well above this customer's usual basket and ships to an address not seen before; a human should confirm before it is packed.",
    "from": "ShopAssist agent (llm-worker-3)",
    "context": {
      "signals": [
        "new shipping address",
        "high order value"
      ]
    },
    "confidenceScore": 0.91
  }
}